#include "conditionvalue.h"

#include "enginewords.h"
#include "payload/jsonnumber.h"
#include "payload/jsonreader.h"
#include "payload/jsonwriter.h"

#include <QJsonArray>
#include <QStringList>

namespace hb::ui {

using mapping::ConditionOperator;

namespace {
bool isNumber(const std::optional<QJsonValue> &value)
{
    return value && payload::JsonNumber::isNumber(*value);
}

// A JSON number's text, as JSON would read it (not "1,000", not " 7 ").
bool readsAsJsonNumber(const QString &text)
{
    const std::optional<QJsonValue> parsed = payload::JsonReader::read(text.toUtf8());
    return parsed && payload::JsonNumber::isNumber(*parsed);
}
} // namespace

QList<ConditionOperator> ConditionValue::operatorsFor(const std::optional<QJsonValue> &sample)
{
    using Op = ConditionOperator;
    if (isNumber(sample))
        return {Op::Equals, Op::NotEquals, Op::GreaterThan, Op::LessThan,
                Op::OneOf,  Op::Exists,    Op::Missing};
    if (!sample || sample->isUndefined() || sample->isNull())
        return {Op::Exists, Op::Missing, Op::Equals, Op::NotEquals};
    if (sample->isString())
        return {Op::Equals, Op::NotEquals, Op::OneOf, Op::Contains, Op::Exists, Op::Missing};
    if (sample->isArray())
        return {Op::Contains, Op::Exists, Op::Missing};
    if (sample->isBool())
        return {Op::Equals, Op::NotEquals, Op::Exists, Op::Missing};
    return {Op::Exists, Op::Missing}; // an object: only whether it is there
}

mapping::Condition ConditionValue::proposeFor(const QString &path,
                                              const std::optional<QJsonValue> &sample)
{
    mapping::Condition condition;
    condition.path = path;
    const ConditionOperator first = operatorsFor(sample).constFirst();
    condition.op = first;
    if (first == ConditionOperator::Equals && sample)
        condition.value = *sample;
    else if (first == ConditionOperator::Contains && sample && sample->isArray()
             && !sample->toArray().isEmpty()) {
        // An array offers "contains" first: its first element is the likeliest value.
        condition.value = sample->toArray().first();
    } else {
        condition.op = ConditionOperator::Exists;
    }
    return condition;
}

bool ConditionValue::takesValue(ConditionOperator op)
{
    return op != ConditionOperator::Exists && op != ConditionOperator::Missing;
}

QString ConditionValue::toText(const QJsonValue &value)
{
    if (const std::optional<QString> number = payload::JsonNumber::text(value))
        return *number;
    switch (value.type()) {
    case QJsonValue::String: // JSON's own quoting, so that "a \"b\"" reads back the same
        return QString::fromUtf8(payload::JsonWriter::write(value));
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << toText(item);
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(payload::JsonWriter::write(value)); // exact numbers inside
    default:
        return {};
    }
}

QJsonValue ConditionValue::scalarFromText(const QString &typed,
                                          const std::optional<QJsonValue> &sample)
{
    const QString text = typed.trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"'))) {
        if (const std::optional<QJsonValue> parsed = payload::JsonReader::read(text.toUtf8()))
            return *parsed;
        return text.mid(1, text.size() - 2);
    }
    const bool textSample = sample && sample->isString();
    if (!textSample && readsAsJsonNumber(text))
        return payload::JsonNumber::fromText(text);
    if (!textSample && (text == QLatin1String("true") || text == QLatin1String("false")))
        return text == QLatin1String("true");
    if (!textSample && text == QLatin1String("null"))
        return QJsonValue(QJsonValue::Null);
    return text;
}

QJsonValue ConditionValue::fromText(const QString &text, ConditionOperator op,
                                    const std::optional<QJsonValue> &sample)
{
    if (!takesValue(op))
        return QJsonValue(QJsonValue::Undefined);
    if (op != ConditionOperator::OneOf)
        return scalarFromText(text, sample);
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('['))) {
        // The exact reader: a long number typed in the list keeps every digit.
        const std::optional<QJsonValue> parsed = payload::JsonReader::read(trimmed.toUtf8());
        if (parsed && parsed->isArray())
            return *parsed;
    }
    QJsonArray items;
    for (const QString &item : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append(scalarFromText(item, sample));
    return items;
}

QString ConditionValue::label(ConditionOperator op)
{
    return EngineWords::conditionOperatorLabel(op);
}

QString ConditionValue::describe(const mapping::Condition &condition)
{
    if (!takesValue(condition.op))
        return QStringLiteral("%1 %2").arg(condition.path, label(condition.op));
    return QStringLiteral("%1 %2 %3")
        .arg(condition.path, label(condition.op), toText(condition.value));
}

} // namespace hb::ui
