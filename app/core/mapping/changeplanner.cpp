#include "changeplanner.h"

#include "mapping/messagetemplate.h"
#include "mapping/numbervalue.h"
#include "mapping/transformchain.h"
#include "mapping/valuetext.h"
#include "payload/decimal.h"
#include "payload/jsonnumber.h"
#include "payload/jsonpointer.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace hb::mapping {
namespace {

using payload::Decimal;

QString describe(const QJsonValue &value)
{
    return ValueText::describe(value);
}

hb::Result<QJsonValue> valueAt(const QJsonValue &payload, const QString &path)
{
    auto pointer = payload::JsonPointer::parse(path);
    if (!pointer)
        return pointer.failure();
    std::optional<QJsonValue> value = pointer->resolve(payload);
    if (!value)
        return hb::fail(QStringLiteral("path %1 not found in payload").arg(path),
                        ErrorKind::MissingPath);
    return *value;
}

hb::Result<Decimal> numberAt(const QJsonValue &value, const QString &path)
{
    return NumberValue::read(value, path);
}

// The value a mapping works on: the one at its path (or its `default` when that is missing or
// null) through its transform steps. A failed step names the mapping (`fields[0] total-deposit`).
// A chain ending in arithmetic leaves its result in `number` (the value is then undefined), so
// that it is not written as JSON only to be read back.
hb::Result<QJsonValue> mappedValue(const QJsonValue &payload, const QString &path,
                                   const QList<TransformStep> &transform,
                                   const std::optional<QJsonValue> &defaultValue,
                                   QLatin1String list, int index, const QString &name,
                                   std::optional<Decimal> &number)
{
    auto value = valueAt(payload, path);
    if (defaultValue && (!value || value->isNull()))
        value = *defaultValue;
    if (!value || transform.isEmpty())
        return value;
    auto transformed = TransformChain::apply(transform, *value, nullptr, &number);
    if (!transformed)
        return hb::fail(
            QStringLiteral("%1[%2] %3: %4").arg(list).arg(index).arg(name, transformed.error()),
            transformed.errorKind());
    return transformed;
}

bool isIsoDate(const QString &text)
{
    if (QDate::fromString(text, Qt::ISODate).isValid())
        return true;
    // A date-time must start with a full date; Qt alone also takes a bare time.
    return text.size() > 10 && text.at(10) == QLatin1Char('T')
           && QDate::fromString(text.left(10), Qt::ISODate).isValid()
           && (QDateTime::fromString(text, Qt::ISODateWithMs).isValid()
               || QDateTime::fromString(text, Qt::ISODate).isValid());
}

hb::Result<QString> overwriteText(FieldType type, const QJsonValue &value, const QString &path)
{
    switch (type) {
    case FieldType::Number: {
        auto number = numberAt(value, path);
        if (!number)
            return number.failure();
        return number->toString();
    }
    case FieldType::Text:
        if (payload::JsonNumber::isNumber(value)) {
            if (auto number = Decimal::fromJson(value))
                return number->toString();
            return describe(value);
        }
        if (value.isString())
            return value.toString();
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return hb::fail(QStringLiteral("value %1 at %2 is not text").arg(describe(value), path),
                        ErrorKind::WrongValueKind);
    case FieldType::Date:
        if (value.isString() && !payload::JsonNumber::isMarked(value)
            && isIsoDate(value.toString().trimmed()))
            return value.toString().trimmed();
        return hb::fail(
            QStringLiteral("value %1 at %2 is not an ISO 8601 date").arg(describe(value), path),
            ErrorKind::WrongValueKind);
    case FieldType::Boolean:
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (value.isString()) {
            const QString text = value.toString().trimmed().toLower();
            if (text == QLatin1String("true") || text == QLatin1String("1"))
                return QStringLiteral("true");
            if (text == QLatin1String("false") || text == QLatin1String("0"))
                return QStringLiteral("false");
        }
        return hb::fail(
            QStringLiteral("value %1 at %2 is not a boolean").arg(describe(value), path),
            ErrorKind::WrongValueKind);
    }
    return hb::fail(QStringLiteral("unknown field type"));
}

hb::Result<ChangePlan::FieldChange> planField(const FieldMapping &mapping, int index,
                                              const QJsonValue &payload,
                                              const QMap<QString, QString> &current,
                                              const QList<CustomField> &fields)
{
    const CustomField *field = nullptr;
    for (const CustomField &candidate : fields) {
        if (candidate.key == mapping.field) {
            field = &candidate;
            break;
        }
    }
    if (!field)
        return hb::fail(QStringLiteral("custom field \"%1\" no longer exists").arg(mapping.field),
                        ErrorKind::FieldRemoved);
    if (field->type != FieldType::Number && mapping.op != Operator::Overwrite)
        return hb::fail(QStringLiteral("operator \"%1\" is not allowed for %2 field \"%3\" "
                                       "(only overwrite)")
                            .arg(operatorName(mapping.op), fieldTypeName(field->type), field->key),
                        ErrorKind::OperatorNotAllowed);
    std::optional<Decimal> number;
    auto value = mappedValue(payload, mapping.path, mapping.transform, mapping.defaultValue,
                             QLatin1String("fields"), index, mapping.field, number);
    if (!value)
        return value.failure();

    ChangePlan::FieldChange change;
    change.field = field->key;
    change.type = field->type;
    change.op = mapping.op;
    if (auto old = current.constFind(field->key); old != current.constEnd())
        change.oldValue = *old;

    if (mapping.op == Operator::Overwrite) {
        if (number && (field->type == FieldType::Number || field->type == FieldType::Text)) {
            change.newValue = number->toString();
            return change;
        }
        auto text = overwriteText(field->type, number ? number->toJson() : *value, mapping.path);
        if (!text)
            return text.failure();
        change.newValue = *text;
        return change;
    }
    auto amount = number ? hb::Result<Decimal>(*number) : numberAt(*value, mapping.path);
    if (!amount)
        return amount.failure();
    Decimal old; // unset counts as 0
    if (change.oldValue) {
        const auto stored = Decimal::fromString(*change.oldValue);
        if (!stored)
            return hb::fail(
                QStringLiteral("the stored value \"%1\" of field \"%2\" is not a number")
                    .arg(*change.oldValue, field->key),
                ErrorKind::BadStoredValue);
        old = *stored;
    }
    const auto result = mapping.op == Operator::Add ? old.add(*amount) : old.subtract(*amount);
    if (!result)
        return hb::fail(
            QStringLiteral("field \"%1\" would overflow (%2 %3 %4)")
                .arg(field->key, old.toString(), operatorName(mapping.op), amount->toString()),
            ErrorKind::OutOfRange);
    change.newValue = result->toString();
    return change;
}

hb::Result<ChangePlan::CurrencyChange> planCurrency(const CurrencyMapping &mapping, int index,
                                                    const QJsonValue &payload, qint64 balance)
{
    const QString name = currencyName(mapping.currency);
    std::optional<Decimal> number;
    auto value = mappedValue(payload, mapping.path, mapping.transform, mapping.defaultValue,
                             QLatin1String("currencies"), index, name, number);
    if (!value)
        return value.failure();
    auto amount = number ? hb::Result<Decimal>(*number) : numberAt(*value, mapping.path);
    if (!amount)
        return amount.failure();
    if (!amount->isInteger())
        return hb::fail(QStringLiteral("%1 must be whole (%2 from %3)")
                            .arg(name, amount->toString(), mapping.path),
                        ErrorKind::NotWholeNumber);
    const std::optional<qint64> whole = amount->toInt64();
    if (!whole)
        return hb::fail(QStringLiteral("%1 amount %2 at %3 is too large")
                            .arg(name, amount->toString(), mapping.path),
                        ErrorKind::OutOfRange);

    ChangePlan::CurrencyChange change;
    change.currency = mapping.currency;
    change.op = mapping.op;
    change.oldValue = balance;
    qint64 next = 0;
    bool overflow = false;
    switch (mapping.op) {
    case Operator::Add:
        overflow = __builtin_add_overflow(balance, *whole, &next);
        break;
    case Operator::Subtract:
        overflow = __builtin_sub_overflow(balance, *whole, &next);
        break;
    case Operator::Overwrite:
        next = *whole;
        break;
    }
    if (overflow)
        return hb::fail(QStringLiteral("%1 would overflow (balance %2, %3 %4)")
                            .arg(name)
                            .arg(balance)
                            .arg(operatorName(mapping.op))
                            .arg(*whole),
                        ErrorKind::OutOfRange);
    if (next < 0)
        return hb::fail(QStringLiteral("%1 would go below 0 (balance %2, %3 %4)")
                            .arg(name)
                            .arg(balance)
                            .arg(operatorName(mapping.op))
                            .arg(*whole),
                        ErrorKind::BelowZero);
    change.newValue = next;
    if (__builtin_sub_overflow(next, balance, &change.delta))
        return hb::fail(QStringLiteral("%1 change is too large").arg(name), ErrorKind::OutOfRange);
    return change;
}

} // namespace

hb::Result<QString> ChangePlanner::userIdentifier(const Webhook &webhook, const QJsonValue &payload)
{
    // A draft may not say yet where the user is; "" would be the whole payload (RFC 6901).
    if (webhook.user.path.isEmpty())
        return hb::fail(QStringLiteral("the webhook \"%1\" has no user path yet: map the %2 to a "
                                       "payload node first")
                            .arg(webhook.name, identifierName(webhook.user.identifier)),
                        ErrorKind::UserNotMapped);
    auto value = valueAt(payload, webhook.user.path);
    if (!value)
        return value.failure();
    QString identifier;
    if (payload::JsonNumber::isNumber(*value)) {
        // Numeric user names ("12345") often arrive as JSON numbers.
        if (webhook.user.identifier == Identifier::Username) {
            if (auto number = Decimal::fromJson(*value))
                identifier = number->toString();
        }
    } else if (value->isString()) {
        identifier = value->toString().trimmed();
    }
    if (identifier.isEmpty())
        return hb::fail(QStringLiteral("value %1 at %2 is not %3")
                            .arg(describe(*value), webhook.user.path,
                                 webhook.user.identifier == Identifier::Email
                                     ? QStringLiteral("an email")
                                     : QStringLiteral("a username")),
                        ErrorKind::WrongValueKind);
    return identifier;
}

hb::Result<ChangePlan> ChangePlanner::planItem(const Webhook &webhook, const QJsonValue &item,
                                               const UserState &user,
                                               const QList<CustomField> &fields)
{
    ChangePlan plan;
    // Two mappings of one field or currency chain: the second starts from the first's result.
    QMap<QString, QString> current = user.fields;
    for (int i = 0; i < webhook.fields.size(); ++i) {
        auto change = planField(webhook.fields.at(i), i, item, current, fields);
        if (!change)
            return change.failure();
        current.insert(change->field, change->newValue);
        plan.fields.append(std::move(*change));
    }
    qint64 coins = user.coins;
    qint64 xp = user.xp;
    for (int i = 0; i < webhook.currencies.size(); ++i) {
        const CurrencyMapping &mapping = webhook.currencies.at(i);
        qint64 &balance = mapping.currency == Currency::Coins ? coins : xp;
        auto change = planCurrency(mapping, i, item, balance);
        if (!change)
            return change.failure();
        balance = change->newValue;
        plan.currencies.append(*change);
    }
    return plan;
}

hb::Result<std::optional<ChangePlan::MessageChange>>
ChangePlanner::planMessage(const Webhook &webhook, const QJsonValue &payload)
{
    if (!webhook.message)
        return std::optional<ChangePlan::MessageChange>();
    auto text = MessageTemplate::render(webhook.message->text, payload);
    if (!text)
        return text.failure();
    return std::optional<ChangePlan::MessageChange>(
        ChangePlan::MessageChange{webhook.message->channel, *text});
}

hb::Result<ChangePlan> ChangePlanner::plan(const Webhook &webhook, const QJsonValue &payload,
                                           const UserState &user, const QList<CustomField> &fields)
{
    auto plan = planItem(webhook, payload, user, fields);
    if (!plan)
        return plan;
    auto message = planMessage(webhook, payload);
    if (!message)
        return message.failure();
    plan->message = *message;
    return plan;
}

UserState ChangePlanner::after(const UserState &user, const ChangePlan &plan)
{
    UserState next = user;
    for (const ChangePlan::FieldChange &change : plan.fields)
        next.fields.insert(change.field, change.newValue);
    for (const ChangePlan::CurrencyChange &change : plan.currencies)
        (change.currency == Currency::Coins ? next.coins : next.xp) = change.newValue;
    return next;
}

} // namespace hb::mapping
