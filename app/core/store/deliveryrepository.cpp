#include "deliveryrepository.h"

#include "common/clock.h"
#include "database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QVariant>

namespace hb::store {
namespace {

constexpr int staleAfterSeconds = 3600;

// Qt binds a null QString as SQL NULL; these columns are NOT NULL with '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Header bytes as JSON text: UTF-8 when they are UTF-8 (the common case, readable in the store),
// else Latin-1, which keeps every byte.
QString headerText(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return QString::fromLatin1(bytes);
    return text;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(decoder.decode(bytes));
    return !decoder.hasError();
}

QString selectColumns(bool withRequest)
{
    return QStringLiteral(
               "SELECT id, webhook_id, webhook_name, status, reason, changes, user_label,"
               " received_at, processed_at, attempts, method, target%1 FROM deliveries")
        .arg(withRequest ? QStringLiteral(", headers, body") : QString());
}

DeliveryRecord readRecord(const QSqlQuery &query, bool withRequest)
{
    DeliveryRecord record;
    record.id = query.value(0).toLongLong();
    record.webhookId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    record.webhookName = query.value(2).toString();
    record.status = query.value(3).toString();
    record.reason = query.value(4).toString();
    record.changes = QJsonDocument::fromJson(query.value(5).toByteArray()).array();
    record.userLabel = query.value(6).toString();
    record.receivedAt = query.value(7).toString();
    record.processedAt = query.value(8).toString();
    record.attempts = query.value(9).toInt();
    record.method = query.value(10).toString().toUtf8();
    record.target = query.value(11).toString().toUtf8();
    if (withRequest) {
        record.headers = DeliveryRepository::headersFromJson(query.value(12).toByteArray());
        record.body = query.value(13).toByteArray();
    }
    record.stale = DeliveryRepository::isStale(record.status, record.receivedAt);
    return record;
}

} // namespace

DeliveryRepository::DeliveryRepository(Database &db)
    : m_db(db)
{}

QStringList DeliveryRepository::statuses()
{
    return {QStringLiteral("pending"), QStringLiteral("success"), QStringLiteral("failed")};
}

QByteArray DeliveryRepository::headersToJson(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{headerText(name), headerText(value)});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<QPair<QByteArray, QByteArray>> DeliveryRepository::headersFromJson(const QByteArray &json)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    headers.reserve(array.size());
    for (const QJsonValue &pair : array) {
        const QJsonArray nameValue = pair.toArray();
        headers.append({nameValue.at(0).toString().toUtf8(), nameValue.at(1).toString().toUtf8()});
    }
    return headers;
}

bool DeliveryRepository::isStale(const QString &status, const QString &receivedAt)
{
    if (status != QLatin1String("pending"))
        return false;
    // Stored times are fixed-width ISO 8601 UTC, so they compare as text.
    return receivedAt < isoUtc(QDateTime::currentDateTimeUtc().addSecs(-staleAfterSeconds));
}

hb::Result<QList<InsertedDelivery>>
DeliveryRepository::insertPending(const QList<NewDelivery> &deliveries)
{
    QSqlQuery findKey(m_db.connection());
    findKey.setForwardOnly(true);
    if (!findKey.prepare(QStringLiteral("SELECT id FROM deliveries WHERE webhook_id = ? AND "
                                        "idempotency_key = ?")))
        return hb::fail(Database::describe(findKey));
    QSqlQuery insert(m_db.connection());
    insert.setForwardOnly(true);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO deliveries (webhook_id, webhook_name, status, idempotency_key, method,"
            " target, headers, body, remote_address, received_at)"
            " VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?) RETURNING id")))
        return hb::fail(Database::describe(insert));

    QList<InsertedDelivery> inserted;
    inserted.reserve(deliveries.size());
    QHash<QPair<qint64, QString>, qint64> keysInList;
    for (const NewDelivery &delivery : deliveries) {
        const bool hasKey = !delivery.idempotencyKey.isEmpty();
        if (hasKey) {
            const auto key = qMakePair(delivery.webhookId, delivery.idempotencyKey);
            if (auto earlier = keysInList.constFind(key); earlier != keysInList.constEnd()) {
                inserted.append({*earlier, true});
                continue;
            }
            findKey.addBindValue(delivery.webhookId);
            findKey.addBindValue(delivery.idempotencyKey);
            if (!findKey.exec())
                return hb::fail(Database::describe(findKey));
            if (findKey.next()) {
                inserted.append({findKey.value(0).toLongLong(), true});
                findKey.finish();
                continue;
            }
            findKey.finish();
        }
        insert.addBindValue(delivery.webhookId > 0 ? QVariant(delivery.webhookId)
                                                   : QVariant(QMetaType(QMetaType::LongLong)));
        insert.addBindValue(notNull(delivery.webhookName));
        insert.addBindValue(hasKey ? QVariant(delivery.idempotencyKey)
                                   : QVariant(QMetaType(QMetaType::QString)));
        insert.addBindValue(notNull(QString::fromUtf8(delivery.method)));
        insert.addBindValue(notNull(headerText(delivery.target)));
        insert.addBindValue(QString::fromUtf8(headersToJson(delivery.headers)));
        insert.addBindValue(delivery.body.isNull() ? QByteArray("") : delivery.body);
        insert.addBindValue(notNull(delivery.remoteAddress));
        insert.addBindValue(delivery.receivedAt.isEmpty() ? nowIsoUtc() : delivery.receivedAt);
        if (!insert.exec() || !insert.next())
            return hb::fail(Database::describe(insert));
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();
        if (hasKey)
            keysInList.insert(qMakePair(delivery.webhookId, delivery.idempotencyKey), id);
        inserted.append({id, false});
    }
    return inserted;
}

hb::Result<QList<DeliveryRecord>> DeliveryRepository::list(const DeliveryFilter &filter)
{
    QStringList conditions;
    QVariantList values;
    if (!filter.status.isEmpty()) {
        conditions << QStringLiteral("status = ?");
        values << filter.status;
    }
    if (!filter.webhookName.isEmpty()) {
        conditions << QStringLiteral("webhook_name = ?");
        values << filter.webhookName;
    }
    if (filter.beforeId > 0) {
        conditions << QStringLiteral("id < ?");
        values << filter.beforeId;
    }
    QString sql = selectColumns(false);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << (filter.limit > 0 ? filter.limit : 100);

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return hb::fail(Database::describe(query));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return hb::fail(Database::describe(query));
    QList<DeliveryRecord> records;
    while (query.next())
        records.append(readRecord(query, false));
    return records;
}

hb::Result<std::optional<DeliveryRecord>> DeliveryRepository::find(qint64 id)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(selectColumns(true) + QStringLiteral(" WHERE id = ?")))
        return hb::fail(Database::describe(query));
    query.addBindValue(id);
    if (!query.exec())
        return hb::fail(Database::describe(query));
    if (!query.next())
        return std::optional<DeliveryRecord>();
    DeliveryRecord record = readRecord(query, true);
    query.finish();
    auto log = attempts(id);
    if (!log)
        return hb::fail(log.error());
    record.attemptLog = *log;
    return std::optional<DeliveryRecord>(std::move(record));
}

hb::Result<QJsonArray> DeliveryRepository::attempts(qint64 id)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT attempt, status, reason, changes, finished_at FROM "
                                      "delivery_attempts WHERE delivery_id = ? ORDER BY attempt")))
        return hb::fail(Database::describe(query));
    query.addBindValue(id);
    if (!query.exec())
        return hb::fail(Database::describe(query));
    QJsonArray log;
    while (query.next()) {
        log.append(QJsonObject{
            {QStringLiteral("attempt"), query.value(0).toInt()},
            {QStringLiteral("status"), query.value(1).toString()},
            {QStringLiteral("reason"), query.value(2).toString()},
            {QStringLiteral("changes"),
             QJsonDocument::fromJson(query.value(3).toByteArray()).array()},
            {QStringLiteral("at"), query.value(4).toString()},
        });
    }
    return log;
}

hb::Result<qint64> DeliveryRepository::countPending()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE status = 'pending'"))
        || !query.next())
        return hb::fail(Database::describe(query));
    return query.value(0).toLongLong();
}

QJsonObject DeliveryRepository::toJson(const DeliveryRecord &record, bool withRequest)
{
    auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    QJsonObject object{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("webhook"), record.webhookName},
        {QStringLiteral("status"), record.status},
        {QStringLiteral("reason"), record.reason},
        {QStringLiteral("received_at"), record.receivedAt},
        {QStringLiteral("user"), textOrNull(record.userLabel)},
        {QStringLiteral("stale"), record.stale},
    };
    if (!withRequest)
        return object;
    object.insert(QStringLiteral("changes"), record.changes);
    object.insert(QStringLiteral("processed_at"), textOrNull(record.processedAt));
    object.insert(QStringLiteral("attempts"), record.attemptLog);

    QJsonObject headers;
    for (const auto &[name, value] : record.headers) {
        const QString key = headerText(name);
        // A repeated header reads as one, its values joined as HTTP allows.
        const QString previous = headers.value(key).toString();
        headers.insert(key, previous.isEmpty()
                                ? headerText(value)
                                : previous + QStringLiteral(", ") + headerText(value));
    }
    QJsonObject request{
        {QStringLiteral("method"), QString::fromUtf8(record.method)},
        {QStringLiteral("target"), headerText(record.target)},
        {QStringLiteral("headers"), headers},
    };
    if (isUtf8(record.body)) {
        request.insert(QStringLiteral("body"), QString::fromUtf8(record.body));
    } else {
        request.insert(QStringLiteral("body"), QString::fromLatin1(record.body.toBase64()));
        request.insert(QStringLiteral("body_encoding"), QStringLiteral("base64"));
    }
    object.insert(QStringLiteral("request"), request);
    return object;
}

} // namespace hb::store
