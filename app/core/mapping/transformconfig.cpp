#include "transformconfig.h"

#include "payload/decimal.h"
#include "payload/jsonnumber.h"

#include <QJsonObject>
#include <QStringList>

namespace hb::mapping {
namespace {

using payload::Decimal;
using Kind = TransformStep::Kind;

const QList<Kind> allKinds = {Kind::Number, Kind::Multiply,  Kind::Divide, Kind::Round,
                              Kind::Trim,   Kind::Lowercase, Kind::Map,    Kind::Date};

QString kindNames()
{
    QStringList names;
    for (Kind kind : allKinds)
        names << transformStepName(kind);
    return names.join(QStringLiteral(", "));
}

hb::Error refuse(const QString &member, const QString &message)
{
    return hb::fail(member + QStringLiteral(": ") + message);
}

// multiply and divide: a decimal as a string (as export writes it) or a JSON number.
hb::Result<QString> readOperand(const QJsonValue &value, Kind kind, const QString &member)
{
    if (!value.isString() && !payload::JsonNumber::isNumber(value))
        return refuse(member, QStringLiteral("must be a number as a string, such as \"0.01\""));
    const std::optional<Decimal> operand = Decimal::fromJson(value);
    if (!operand)
        return refuse(member, QStringLiteral("%1 is not a number")
                                  .arg(payload::JsonNumber::text(value).value_or(
                                      QLatin1Char('"') + value.toString() + QLatin1Char('"'))));
    if (kind == Kind::Divide && operand->isZero())
        return refuse(member, QStringLiteral("division by zero"));
    return operand->toString();
}

hb::Result<TransformStep> readStep(const QJsonValue &value, const QString &prefix)
{
    if (!value.isObject())
        return refuse(prefix, QStringLiteral("must be an object such as {\"multiply\": \"0.01\"}"));
    const QJsonObject object = value.toObject();
    std::optional<Kind> found;
    QString name;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("else"))
            continue;
        const std::optional<Kind> kind = transformStepFromName(it.key());
        if (!kind)
            return refuse(prefix, QStringLiteral("unknown step \"%1\" (expected one of %2)")
                                      .arg(it.key(), kindNames()));
        if (found)
            return refuse(prefix, QStringLiteral("one step per object (found \"%1\" and \"%2\")")
                                      .arg(name, it.key()));
        found = kind;
        name = it.key();
    }
    if (!found)
        return refuse(prefix, QStringLiteral("no step (expected one of %1)").arg(kindNames()));
    const QString member = prefix + QLatin1Char('.') + name;
    const QJsonValue argument = object.value(name);
    if (object.contains(QStringLiteral("else")) && *found != Kind::Map)
        return refuse(prefix + QStringLiteral(".else"), QStringLiteral("only a map step has else"));

    TransformStep step;
    step.kind = *found;
    switch (step.kind) {
    case Kind::Number:
    case Kind::Trim:
    case Kind::Lowercase:
        if (argument != QJsonValue(true))
            return refuse(member, QStringLiteral("must be true"));
        break;
    case Kind::Multiply:
    case Kind::Divide: {
        auto operand = readOperand(argument, step.kind, member);
        if (!operand)
            return operand.failure();
        step.operand = *operand;
        break;
    }
    case Kind::Round: {
        const std::optional<Decimal> places =
            payload::JsonNumber::isNumber(argument) ? Decimal::fromJson(argument) : std::nullopt;
        const std::optional<qint64> whole = places ? places->toInt64() : std::nullopt;
        if (!whole || *whole < 0 || *whole > Decimal::maxDigits)
            return refuse(member, QStringLiteral("must be a whole number of places from 0 to %1")
                                      .arg(Decimal::maxDigits));
        step.places = int(*whole);
        break;
    }
    case Kind::Map:
        if (!argument.isObject())
            return refuse(member, QStringLiteral("must be an object (text -> value)"));
        step.table = argument.toObject();
        if (object.contains(QStringLiteral("else")))
            step.otherwise = object.value(QStringLiteral("else"));
        break;
    case Kind::Date:
        if (!argument.isString() || argument.toString().trimmed().isEmpty())
            return refuse(member, QStringLiteral("must be \"unix\" or a date format such as "
                                                 "\"dd/MM/yyyy\""));
        step.operand = argument.toString().trimmed();
        break;
    }
    return step;
}

// What a chain gives, as far as the configuration tells.
enum class Gives { Anything, Number, Text, Date, Boolean };

Gives mapGives(const TransformStep &step)
{
    QList<QJsonValue> values;
    for (auto it = step.table.begin(); it != step.table.end(); ++it)
        values << it.value();
    if (step.otherwise)
        values << *step.otherwise;
    auto all = [&values](auto test) { return std::all_of(values.begin(), values.end(), test); };
    if (values.isEmpty())
        return Gives::Anything;
    if (all([](const QJsonValue &v) { return payload::JsonNumber::isNumber(v); }))
        return Gives::Number;
    if (all([](const QJsonValue &v) { return v.isBool(); }))
        return Gives::Boolean;
    if (all([](const QJsonValue &v) { return v.isString(); }))
        return Gives::Text;
    return Gives::Anything;
}

QString givesName(Gives gives)
{
    switch (gives) {
    case Gives::Number:
        return QStringLiteral("a number");
    case Gives::Date:
        return QStringLiteral("a date");
    case Gives::Boolean:
        return QStringLiteral("a boolean");
    case Gives::Text:
        return QStringLiteral("text");
    case Gives::Anything:
        break;
    }
    return QStringLiteral("a value");
}

bool accepts(FieldType type, Gives gives)
{
    switch (type) {
    case FieldType::Number:
        return gives != Gives::Date && gives != Gives::Boolean;
    case FieldType::Boolean:
        return gives != Gives::Number && gives != Gives::Date;
    case FieldType::Date:
        return gives != Gives::Number && gives != Gives::Boolean;
    case FieldType::Text:
        return true;
    }
    return true;
}

} // namespace

hb::Result<QList<TransformStep>> TransformConfig::read(const QJsonValue &value,
                                                       const QString &member)
{
    if (!value.isArray())
        return refuse(member, QStringLiteral("must be an array of steps"));
    const QJsonArray array = value.toArray();
    QList<TransformStep> steps;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto step = readStep(array.at(i), member + QStringLiteral("[%1]").arg(i));
        if (!step)
            return step.failure();
        steps << *step;
    }
    return steps;
}

QJsonArray TransformConfig::write(const QList<TransformStep> &steps)
{
    QJsonArray array;
    for (const TransformStep &step : steps) {
        const QString name = transformStepName(step.kind);
        QJsonObject object;
        switch (step.kind) {
        case Kind::Number:
        case Kind::Trim:
        case Kind::Lowercase:
            object.insert(name, true);
            break;
        case Kind::Multiply:
        case Kind::Divide:
        case Kind::Date:
            object.insert(name, step.operand);
            break;
        case Kind::Round:
            object.insert(name, step.places);
            break;
        case Kind::Map:
            object.insert(name, step.table);
            if (step.otherwise)
                object.insert(QStringLiteral("else"), *step.otherwise);
            break;
        }
        array.append(object);
    }
    return array;
}

hb::Status TransformConfig::checkTarget(const QList<TransformStep> &steps, const QString &member,
                                        FieldType type, const QString &target)
{
    Gives gives = Gives::Anything;
    qsizetype last = -1; // the step that decided `gives`
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const TransformStep &step = steps.at(i);
        switch (step.kind) {
        case Kind::Number:
        case Kind::Multiply:
        case Kind::Divide:
        case Kind::Round:
            gives = Gives::Number;
            break;
        case Kind::Date:
            gives = Gives::Date;
            break;
        case Kind::Map:
            gives = mapGives(step);
            break;
        case Kind::Trim:
        case Kind::Lowercase:
            continue; // numbers and booleans pass through them unchanged
        }
        last = i;
    }
    if (last < 0 || accepts(type, gives))
        return hb::success();
    return refuse(QStringLiteral("%1[%2].%3")
                      .arg(member)
                      .arg(last)
                      .arg(transformStepName(steps.at(last).kind)),
                  QStringLiteral("gives %1, which %2 cannot take").arg(givesName(gives), target));
}

hb::Status TransformConfig::readMappingMembers(const QJsonObject &mapping, const QString &prefix,
                                               QList<TransformStep> &transform,
                                               std::optional<QJsonValue> &defaultValue,
                                               std::optional<FieldType> type, const QString &target)
{
    const QString member = prefix + QStringLiteral(".transform");
    if (mapping.contains(QStringLiteral("transform"))) {
        auto steps = read(mapping.value(QStringLiteral("transform")), member);
        if (!steps)
            return steps.failure();
        if (type) {
            if (hb::Status fits = checkTarget(*steps, member, *type, target); !fits)
                return fits;
        }
        transform = *steps;
    }
    if (mapping.contains(QStringLiteral("default"))) {
        const QJsonValue value = mapping.value(QStringLiteral("default"));
        if (value.isNull())
            return refuse(prefix + QStringLiteral(".default"),
                          QStringLiteral("must be a value (leave it out for none)"));
        defaultValue = value;
    }
    return hb::success();
}

void TransformConfig::writeMappingMembers(QJsonObject &mapping,
                                          const QList<TransformStep> &transform,
                                          const std::optional<QJsonValue> &defaultValue)
{
    if (!transform.isEmpty())
        mapping.insert(QStringLiteral("transform"), write(transform));
    if (defaultValue)
        mapping.insert(QStringLiteral("default"), *defaultValue);
}

} // namespace hb::mapping
