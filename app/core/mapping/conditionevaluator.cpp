#include "conditionevaluator.h"

#include "mapping/valuetext.h"
#include "payload/decimal.h"
#include "payload/jsonnumber.h"
#include "payload/jsonpointer.h"

#include <QJsonArray>

namespace hb::mapping {
namespace {

using payload::Decimal;
using payload::JsonNumber;

// Two decimals ordered, or nothing when either is not a number.
std::optional<int> compareNumbers(const QJsonValue &seen, const QJsonValue &expected)
{
    const std::optional<Decimal> left = Decimal::fromJson(seen);
    const std::optional<Decimal> right = Decimal::fromJson(expected);
    if (!left || !right)
        return std::nullopt;
    return left->compare(*right);
}

bool contains(const QJsonValue &seen, const QJsonValue &expected)
{
    if (seen.isArray()) {
        const QJsonArray items = seen.toArray();
        return std::any_of(items.begin(), items.end(), [&expected](const QJsonValue &item) {
            return ConditionEvaluator::equal(expected, item);
        });
    }
    if (seen.isString() && !JsonNumber::isMarked(seen)) {
        if (expected.isString() && !JsonNumber::isMarked(expected))
            return seen.toString().contains(expected.toString());
        if (const std::optional<QString> number = JsonNumber::text(expected))
            return seen.toString().contains(*number);
    }
    return false;
}

QString conditionText(const Condition &condition)
{
    QString text = condition.path + QLatin1Char(' ') + conditionOperatorName(condition.op);
    if (!condition.value.isUndefined())
        text += QLatin1Char(' ') + ValueText::describe(condition.value);
    return text;
}

} // namespace

bool ConditionEvaluator::equal(const QJsonValue &expected, const QJsonValue &seen)
{
    const bool expectedNumber = JsonNumber::isNumber(expected);
    if (expectedNumber || JsonNumber::isNumber(seen)) {
        // 10, 10.0 and "10" are the same amount; "ten" is none.
        const std::optional<int> order = compareNumbers(seen, expected);
        if (order)
            return *order == 0;
        if (expectedNumber)
            return false;
    }
    return expected == seen;
}

bool ConditionEvaluator::holds(const Condition &condition, const std::optional<QJsonValue> &value)
{
    const bool present = value && !value->isNull() && !value->isUndefined();
    switch (condition.op) {
    case ConditionOperator::Exists:
        return present;
    case ConditionOperator::Missing:
        return !present;
    case ConditionOperator::NotEquals:
        return !value || !equal(condition.value, *value);
    case ConditionOperator::Equals:
        return value && equal(condition.value, *value);
    case ConditionOperator::OneOf: {
        if (!value)
            return false;
        const QJsonArray options = condition.value.toArray();
        return std::any_of(options.begin(), options.end(),
                           [&value](const QJsonValue &option) { return equal(option, *value); });
    }
    case ConditionOperator::GreaterThan:
    case ConditionOperator::LessThan: {
        if (!present)
            return false;
        const std::optional<int> order = compareNumbers(*value, condition.value);
        if (!order)
            return false;
        return condition.op == ConditionOperator::GreaterThan ? *order > 0 : *order < 0;
    }
    case ConditionOperator::Contains:
        return present && contains(*value, condition.value);
    }
    return false;
}

std::optional<QString> ConditionEvaluator::firstUnmet(const QList<Condition> &when,
                                                      const QJsonValue &payload)
{
    for (const Condition &condition : when) {
        std::optional<QJsonValue> value;
        if (auto pointer = payload::JsonPointer::parse(condition.path))
            value = pointer->resolve(payload);
        if (holds(condition, value))
            continue;
        const QString seen = value ? ValueText::describe(*value) : QStringLiteral("missing");
        return QStringLiteral("condition %1 not met (was %2)").arg(conditionText(condition), seen);
    }
    return std::nullopt;
}

} // namespace hb::mapping
