#include "recordjson.h"

#include "common/deliverystatus.h"
#include "payload/decimal.h"
#include "store/requestjson.h"

#include <QJsonValue>

namespace hb::services {
namespace {

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// A stored value (canonical text) as the JSON type of its field.
QJsonValue typedValue(mapping::FieldType type, const QString &text)
{
    switch (type) {
    case mapping::FieldType::Number:
        if (const std::optional<payload::Decimal> number = payload::Decimal::fromString(text))
            return number->toJson();
        return text;
    case mapping::FieldType::Boolean:
        return text == QLatin1String("true");
    case mapping::FieldType::Text:
    case mapping::FieldType::Date:
        break;
    }
    return text;
}

} // namespace

QJsonObject RecordJson::delivery(const DeliveryRecord &record, bool withRequest, Secrets secrets)
{
    QJsonObject object{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("webhook"), record.webhookName},
        {QStringLiteral("status"), deliveryStatusName(record.status)},
        {QStringLiteral("reason"), record.reason},
        {QStringLiteral("received_at"), record.receivedAt},
        {QStringLiteral("user"), textOrNull(record.userLabel)},
        {QStringLiteral("stale"), record.stale},
    };
    if (!withRequest)
        return object;
    object.insert(QStringLiteral("received_as"), record.receivedAs);
    object.insert(QStringLiteral("changes"), record.changes);
    object.insert(QStringLiteral("processed_at"), textOrNull(record.processedAt));
    object.insert(QStringLiteral("attempts"), record.attemptLog);
    const QByteArray target = secrets == Secrets::Masked
                                  ? SecretMask::target(headerText(record.target)).toUtf8()
                                  : record.target;
    object.insert(QStringLiteral("request"),
                  store::requestToJson(record.method, target,
                                       secrets == Secrets::Masked
                                           ? SecretMask::headers(record.headers)
                                           : record.headers,
                                       record.body));
    return object;
}

QJsonObject RecordJson::user(const User &user, const QList<CustomField> &fields)
{
    QJsonObject values;
    for (const CustomField &field : fields) {
        const auto value = user.fields.constFind(field.key);
        values.insert(field.key, value == user.fields.cend() ? QJsonValue(QJsonValue::Null)
                                                             : typedValue(field.type, *value));
    }
    return QJsonObject{
        {QStringLiteral("email"), user.email},
        {QStringLiteral("username"), user.username},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("coins"), user.coins},
        {QStringLiteral("xp"), user.xp},
        {QStringLiteral("fields"), values},
    };
}

QJsonObject RecordJson::refused(const RejectedRequest &rejected, Secrets secrets)
{
    // Masked on a copy of the headers and target only; the body head is shown as it came.
    const RejectedRequest shown =
        secrets == Secrets::Masked ? SecretMask::refused(rejected) : rejected;
    return {
        {QStringLiteral("id"), rejected.id},
        {QStringLiteral("at"), rejected.at},
        {QStringLiteral("status"), rejected.status},
        {QStringLiteral("webhook"), textOrNull(rejected.webhookName)},
        {QStringLiteral("reason"), rejected.reason},
        {QStringLiteral("remote_address"), rejected.remoteAddress},
        {QStringLiteral("request"),
         store::requestToJson(shown.method, shown.target, shown.headers, shown.bodyHead)},
    };
}

QJsonObject RecordJson::activity(const HistoryEntry &entry)
{
    return {
        {QStringLiteral("user"), entry.email},
        {QStringLiteral("username"), entry.username},
        {QStringLiteral("field"), entry.field},
        {QStringLiteral("old"), entry.oldValue},
        {QStringLiteral("new"), entry.newValue},
        {QStringLiteral("operator"), entry.op},
        {QStringLiteral("source"), entry.source},
        {QStringLiteral("delivery_id"), idOrNull(entry.deliveryId)},
        {QStringLiteral("at"), entry.at},
    };
}

QJsonObject RecordJson::activity(const GamificationEntry &entry)
{
    return {
        {QStringLiteral("user"), entry.email},
        {QStringLiteral("username"), entry.username},
        {QStringLiteral("currency"), entry.currency},
        {QStringLiteral("delta"), entry.delta},
        {QStringLiteral("balance"), entry.balance},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("delivery_id"), idOrNull(entry.deliveryId)},
        {QStringLiteral("at"), entry.at},
    };
}

QJsonObject RecordJson::activity(const MessageEntry &entry)
{
    return {
        {QStringLiteral("channel"), entry.channel},
        {QStringLiteral("text"), entry.text},
        {QStringLiteral("author"), entry.author},
        {QStringLiteral("delivery_id"), idOrNull(entry.deliveryId)},
        {QStringLiteral("at"), entry.at},
    };
}

} // namespace hb::services
