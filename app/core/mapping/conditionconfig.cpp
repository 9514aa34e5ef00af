#include "conditionconfig.h"

#include "payload/jsonnumber.h"
#include "payload/jsonpointer.h"

#include <QJsonObject>
#include <QStringList>

namespace hb::mapping {
namespace {

using Op = ConditionOperator;

const QList<Op> allOperators = {Op::Equals,  Op::NotEquals,   Op::OneOf,    Op::Exists,
                                Op::Missing, Op::GreaterThan, Op::LessThan, Op::Contains};

hb::Error refuse(const QString &member, const QString &message)
{
    return hb::fail(member + QStringLiteral(": ") + message);
}

hb::Result<QString> readPath(const QJsonObject &object, const QString &member)
{
    const QJsonValue value = object.value(QStringLiteral("path"));
    if (value.isUndefined() || value.isNull())
        return refuse(member, QStringLiteral("required"));
    if (!value.isString())
        return refuse(member, QStringLiteral("must be a string"));
    const QString text = value.toString();
    if (!text.startsWith(QLatin1Char('/')))
        return refuse(member,
                      QStringLiteral("\"%1\" is not a JSON Pointer (must start with /)").arg(text));
    if (auto pointer = payload::JsonPointer::parse(text); !pointer)
        return refuse(member, pointer.error());
    return text;
}

hb::Result<Op> readOperator(const QJsonObject &object, const QString &member)
{
    const QJsonValue value = object.value(QStringLiteral("operator"));
    if (value.isUndefined() || value.isNull())
        return refuse(member, QStringLiteral("required"));
    QStringList names;
    for (Op op : allOperators)
        names << conditionOperatorName(op);
    const std::optional<Op> op =
        value.isString() ? conditionOperatorFromName(value.toString()) : std::nullopt;
    if (!op)
        return refuse(member, QStringLiteral("%1 is not one of %2")
                                  .arg(value.isString()
                                           ? QLatin1Char('"') + value.toString() + QLatin1Char('"')
                                           : QStringLiteral("this"),
                                       names.join(QStringLiteral(", "))));
    return *op;
}

// Each operator's value: none for exists and missing, an array for one_of, a number to compare
// with for greater_than and less_than.
hb::Status checkValue(Op op, const QJsonObject &object, const QString &member)
{
    const QString name = conditionOperatorName(op);
    const bool has = object.contains(QStringLiteral("value"));
    const QJsonValue value = object.value(QStringLiteral("value"));
    switch (op) {
    case Op::Exists:
    case Op::Missing:
        if (has)
            return refuse(member, QStringLiteral("%1 takes no value").arg(name));
        return hb::success();
    case Op::OneOf:
        if (!value.isArray())
            return refuse(member, QStringLiteral("one_of takes an array of values"));
        return hb::success();
    case Op::GreaterThan:
    case Op::LessThan:
        if (!payload::JsonNumber::isNumber(value))
            return refuse(member, QStringLiteral("%1 takes a number").arg(name));
        return hb::success();
    case Op::Equals:
    case Op::NotEquals:
    case Op::Contains:
        if (!has)
            return refuse(member, QStringLiteral("required"));
        return hb::success();
    }
    return hb::success();
}

} // namespace

hb::Result<QList<Condition>> ConditionConfig::read(const QJsonValue &value)
{
    if (!value.isArray())
        return refuse(QStringLiteral("when"), QStringLiteral("must be an array of conditions"));
    const QJsonArray array = value.toArray();
    QList<Condition> when;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("when[%1]").arg(i);
        if (!array.at(i).isObject())
            return refuse(prefix, QStringLiteral("must be an object with path, operator and "
                                                 "value"));
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("path") && it.key() != QLatin1String("operator")
                && it.key() != QLatin1String("value"))
                return refuse(prefix + QLatin1Char('.') + it.key(),
                              QStringLiteral("unknown member (expected one of path, operator, "
                                             "value)"));
        }
        Condition condition;
        auto path = readPath(object, prefix + QStringLiteral(".path"));
        if (!path)
            return path.failure();
        condition.path = *path;
        auto op = readOperator(object, prefix + QStringLiteral(".operator"));
        if (!op)
            return op.failure();
        condition.op = *op;
        if (hb::Status valid = checkValue(*op, object, prefix + QStringLiteral(".value")); !valid)
            return valid.failure();
        condition.value = object.value(QStringLiteral("value"));
        when << condition;
    }
    return when;
}

QJsonArray ConditionConfig::write(const QList<Condition> &when)
{
    QJsonArray array;
    for (const Condition &condition : when) {
        QJsonObject object{{QStringLiteral("path"), condition.path},
                           {QStringLiteral("operator"), conditionOperatorName(condition.op)}};
        if (!condition.value.isUndefined())
            object.insert(QStringLiteral("value"), condition.value);
        array.append(object);
    }
    return array;
}

} // namespace hb::mapping
