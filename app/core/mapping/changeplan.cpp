#include "changeplan.h"

#include "payload/decimal.h"

#include <QJsonObject>

namespace hb::mapping {

QJsonValue ChangePlan::fieldValueToJson(FieldType type, const std::optional<QString> &value)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    switch (type) {
    case FieldType::Number:
        if (const auto number = payload::Decimal::fromString(*value))
            return number->toJson();
        return *value; // not canonical (written outside Hookbench): show it as it is
    case FieldType::Boolean:
        return *value == QLatin1String("true");
    case FieldType::Text:
    case FieldType::Date:
        break;
    }
    return *value;
}

QJsonArray ChangePlan::toJson() const
{
    QJsonArray changes;
    for (const FieldChange &change : fields) {
        changes.append(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("field")},
            {QStringLiteral("field"), change.field},
            {QStringLiteral("operator"), operatorName(change.op)},
            {QStringLiteral("old"), fieldValueToJson(change.type, change.oldValue)},
            {QStringLiteral("new"), fieldValueToJson(change.type, change.newValue)},
        });
    }
    for (const CurrencyChange &change : currencies) {
        changes.append(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("currency")},
            {QStringLiteral("currency"), currencyName(change.currency)},
            {QStringLiteral("operator"), operatorName(change.op)},
            {QStringLiteral("old"), change.oldValue},
            {QStringLiteral("new"), change.newValue},
            {QStringLiteral("delta"), change.delta},
        });
    }
    if (message) {
        changes.append(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("message")},
            {QStringLiteral("channel"), message->channel},
            {QStringLiteral("text"), message->text},
        });
    }
    return changes;
}

} // namespace hb::mapping
