#include "enginewords.h"

namespace hb::ui {

QString EngineWords::operatorLabel(mapping::Operator op)
{
    switch (op) {
    case mapping::Operator::Add:
        return tr("add");
    case mapping::Operator::Subtract:
        return tr("subtract");
    case mapping::Operator::Overwrite:
        break;
    }
    return tr("overwrite");
}

QString EngineWords::operatorLabel(const QString &name)
{
    const std::optional<mapping::Operator> op = mapping::operatorFromName(name);
    return op ? operatorLabel(*op) : name;
}

QString EngineWords::currencyLabel(mapping::Currency currency)
{
    return currency == mapping::Currency::Xp ? tr("XP") : tr("Coins");
}

QString EngineWords::currencyWord(mapping::Currency currency)
{
    return currency == mapping::Currency::Xp ? tr("xp") : tr("coins");
}

QString EngineWords::fieldTypeLabel(mapping::FieldType type)
{
    switch (type) {
    case mapping::FieldType::Number:
        return tr("number");
    case mapping::FieldType::Text:
        return tr("text");
    case mapping::FieldType::Date:
        return tr("date");
    case mapping::FieldType::Boolean:
        break;
    }
    return tr("boolean");
}

QString EngineWords::conditionOperatorLabel(mapping::ConditionOperator op)
{
    using Op = mapping::ConditionOperator;
    switch (op) {
    case Op::Equals:
        return tr("equals");
    case Op::NotEquals:
        return tr("not equals");
    case Op::OneOf:
        return tr("one of");
    case Op::Exists:
        return tr("exists");
    case Op::Missing:
        return tr("missing");
    case Op::GreaterThan:
        return tr("greater than");
    case Op::LessThan:
        return tr("less than");
    case Op::Contains:
        break;
    }
    return tr("contains");
}

QString EngineWords::transformStepLabel(mapping::TransformStep::Kind kind)
{
    using Kind = mapping::TransformStep::Kind;
    switch (kind) {
    case Kind::Number:
        return tr("number");
    case Kind::Multiply:
        return tr("multiply");
    case Kind::Divide:
        return tr("divide");
    case Kind::Round:
        return tr("round");
    case Kind::Trim:
        return tr("trim");
    case Kind::Lowercase:
        return tr("lowercase");
    case Kind::Map:
        return tr("map");
    case Kind::Date:
        break;
    }
    return tr("date");
}

} // namespace hb::ui
