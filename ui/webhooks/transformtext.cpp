#include "transformtext.h"

#include "conditionvalue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace hb::ui {

using Kind = mapping::TransformStep::Kind;

namespace {
QString plain(const QJsonValue &value)
{
    return value.isString() ? value.toString() : ConditionValue::toText(value);
}
} // namespace

QString TransformText::step(const mapping::TransformStep &step)
{
    switch (step.kind) {
    case Kind::Number:
        return tr("number");
    case Kind::Multiply:
        return tr("× %1").arg(step.operand);
    case Kind::Divide:
        return tr("÷ %1").arg(step.operand);
    case Kind::Round:
        return tr("round %1").arg(step.places);
    case Kind::Trim:
        return tr("trim");
    case Kind::Lowercase:
        return tr("lowercase");
    case Kind::Map:
        return step.otherwise
                   ? tr("map {%1} else %2").arg(table(step.table), plain(*step.otherwise))
                   : tr("map {%1}").arg(table(step.table));
    case Kind::Date:
        return step.operand == QLatin1String("unix") ? tr("date from unix")
                                                     : tr("date %1").arg(step.operand);
    }
    return {};
}

QString TransformText::chain(const QList<mapping::TransformStep> &steps,
                             const std::optional<QJsonValue> &defaultValue)
{
    QStringList parts;
    for (const mapping::TransformStep &each : steps)
        parts << step(each);
    QString text = parts.join(QStringLiteral(" → "));
    if (defaultValue) {
        const QString fallback = tr("default %1").arg(plain(*defaultValue));
        text = text.isEmpty() ? fallback : tr("%1; %2").arg(text, fallback);
    }
    return text;
}

QString TransformText::table(const QJsonObject &table)
{
    QStringList pairs;
    for (auto it = table.begin(); it != table.end(); ++it)
        pairs << QStringLiteral("%1=%2").arg(it.key(), plain(it.value()));
    return pairs.join(QStringLiteral(", "));
}

QJsonObject TransformText::tableFromText(const QString &text)
{
    QJsonObject table;
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        table.insert(pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed());
    }
    return table;
}

} // namespace hb::ui
