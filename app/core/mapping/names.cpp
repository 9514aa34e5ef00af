// Wire names of the mapping enums: the words of the configuration file and the command line.
#include "customfield.h"
#include "webhook.h"

#include <array>
#include <utility>

namespace hb::mapping {
namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            const QString &name)
{
    for (const auto &[candidate, candidateName] : table) {
        if (name == QLatin1String(candidateName))
            return candidate;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<FieldType, const char *>, 4> fieldTypes{{
    {FieldType::Number, "number"},
    {FieldType::Text, "text"},
    {FieldType::Date, "date"},
    {FieldType::Boolean, "boolean"},
}};
constexpr std::array<std::pair<Operator, const char *>, 3> operators{{
    {Operator::Add, "add"},
    {Operator::Subtract, "subtract"},
    {Operator::Overwrite, "overwrite"},
}};
constexpr std::array<std::pair<Currency, const char *>, 2> currencies{{
    {Currency::Coins, "coins"},
    {Currency::Xp, "xp"},
}};
constexpr std::array<std::pair<Identifier, const char *>, 2> identifiers{{
    {Identifier::Email, "email"},
    {Identifier::Username, "username"},
}};
constexpr std::array<std::pair<EncryptionMode, const char *>, 2> modes{{
    {EncryptionMode::Cbc, "cbc"},
    {EncryptionMode::Gcm, "gcm"},
}};
constexpr std::array<std::pair<ConditionOperator, const char *>, 8> conditionOperators{{
    {ConditionOperator::Equals, "equals"},
    {ConditionOperator::NotEquals, "not_equals"},
    {ConditionOperator::OneOf, "one_of"},
    {ConditionOperator::Exists, "exists"},
    {ConditionOperator::Missing, "missing"},
    {ConditionOperator::GreaterThan, "greater_than"},
    {ConditionOperator::LessThan, "less_than"},
    {ConditionOperator::Contains, "contains"},
}};
constexpr std::array<std::pair<TransformStep::Kind, const char *>, 8> transformSteps{{
    {TransformStep::Kind::Number, "number"},
    {TransformStep::Kind::Multiply, "multiply"},
    {TransformStep::Kind::Divide, "divide"},
    {TransformStep::Kind::Round, "round"},
    {TransformStep::Kind::Trim, "trim"},
    {TransformStep::Kind::Lowercase, "lowercase"},
    {TransformStep::Kind::Map, "map"},
    {TransformStep::Kind::Date, "date"},
}};

} // namespace

QString fieldTypeName(FieldType type)
{
    return nameOf(fieldTypes, type);
}
std::optional<FieldType> fieldTypeFromName(const QString &name)
{
    return valueOf(fieldTypes, name);
}
QString operatorName(Operator op)
{
    return nameOf(operators, op);
}
std::optional<Operator> operatorFromName(const QString &name)
{
    return valueOf(operators, name);
}
QString currencyName(Currency currency)
{
    return nameOf(currencies, currency);
}
std::optional<Currency> currencyFromName(const QString &name)
{
    return valueOf(currencies, name);
}
QString identifierName(Identifier identifier)
{
    return nameOf(identifiers, identifier);
}
std::optional<Identifier> identifierFromName(const QString &name)
{
    return valueOf(identifiers, name);
}
QString encryptionModeName(EncryptionMode mode)
{
    return nameOf(modes, mode);
}
std::optional<EncryptionMode> encryptionModeFromName(const QString &name)
{
    return valueOf(modes, name);
}
QString conditionOperatorName(ConditionOperator op)
{
    return nameOf(conditionOperators, op);
}
std::optional<ConditionOperator> conditionOperatorFromName(const QString &name)
{
    return valueOf(conditionOperators, name);
}
QString transformStepName(TransformStep::Kind kind)
{
    return nameOf(transformSteps, kind);
}
std::optional<TransformStep::Kind> transformStepFromName(const QString &name)
{
    return valueOf(transformSteps, name);
}

} // namespace hb::mapping
