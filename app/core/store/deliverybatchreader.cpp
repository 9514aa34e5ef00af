#include "deliverybatchreader.h"

#include "database.h"
#include "deliveryconditions.h"
#include "payload/jsonreader.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace hb::store {
namespace {

// A stored `changes` array, read with JsonReader so that its numbers keep every digit (SPEC §1).
QJsonArray changesFromJson(const QByteArray &json)
{
    return payload::JsonReader::read(json).value_or(QJsonValue()).toArray();
}

// "?, ?, ?" for an IN list of `count` values.
QString placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

hb::Result<QList<DeliveryRecord>> readRecords(Database &db, const QString &sql,
                                              const QVariantList &values)
{
    auto query = db.select(sql, values);
    if (!query)
        return query.failure();
    QList<DeliveryRecord> records;
    const QString staleBefore = DeliveryRepository::staleThreshold();
    while (query->next())
        records.append(DeliveryRepository::readRecord(*query, true, staleBefore));
    return records;
}

// The attempt that lives in the delivery's own row (DeliveryRepository::attempts() explains
// why), unless delivery_attempts already holds a copy of it.
void addLatestAttempt(const DeliveryRecord &record, QJsonArray &log)
{
    if (record.attempts <= 0 || record.status == DeliveryStatus::Pending)
        return;
    // Oldest first, as find() orders them: before the first copied attempt that is later.
    qsizetype at = log.size();
    for (qsizetype i = log.size() - 1; i >= 0; --i) {
        const int attempt = log.at(i).toObject().value(QLatin1String("attempt")).toInt();
        if (attempt == record.attempts)
            return;
        if (attempt > record.attempts)
            at = i;
    }
    log.insert(at, QJsonObject{
                       {QStringLiteral("attempt"), record.attempts},
                       {QStringLiteral("status"), deliveryStatusName(record.status)},
                       {QStringLiteral("reason"), record.reason},
                       {QStringLiteral("changes"), record.changes},
                       {QStringLiteral("at"),
                        record.processedAt.isEmpty() ? record.receivedAt : record.processedAt},
                   });
}

} // namespace

DeliveryBatchReader::DeliveryBatchReader(Database &db, const DeliveryFilter &filter, qint64 limit,
                                         int batchSize)
    : m_db(db)
    , m_filter(filter)
    , m_limit(limit)
    , m_batchSize(qMax(1, batchSize))
{
    m_filter.offset = 0;
}

DeliveryBatchReader::DeliveryBatchReader(Database &db, const QList<qint64> &ids, int batchSize)
    : m_db(db)
    , m_ids(ids)
    , m_byIds(true)
    , m_batchSize(qMax(1, batchSize))
{
    std::sort(m_ids.begin(), m_ids.end(), std::greater<qint64>());
    m_ids.erase(std::unique(m_ids.begin(), m_ids.end()), m_ids.end());
}

hb::Result<qint64> DeliveryBatchReader::total()
{
    if (m_byIds)
        return qint64(m_ids.size());
    const DeliveryConditions conditions =
        DeliveryConditions::of(m_filter, DeliveryConditions::Status::Included);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*) FROM deliveries") + conditions.where()))
        return hb::fail(Database::describe(query));
    for (const QVariant &value : conditions.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return hb::fail(Database::describe(query));
    const qint64 count = query.value(0).toLongLong();
    return m_limit > 0 ? qMin(count, m_limit) : count;
}

hb::Result<QList<DeliveryRecord>> DeliveryBatchReader::next()
{
    if (m_done)
        return QList<DeliveryRecord>();
    auto records = m_byIds ? nextOfIds() : nextOfFilter();
    if (!records)
        return records;
    if (hb::Status attached = attachAttempts(*records); !attached)
        return attached.failure();
    return records;
}

hb::Result<QList<DeliveryRecord>> DeliveryBatchReader::nextOfFilter()
{
    qint64 rows = m_batchSize;
    if (m_limit > 0)
        rows = qMin(rows, m_limit - m_read);
    DeliveryFilter page = m_filter;
    if (m_lastId > 0)
        page.beforeId = m_lastId;
    const DeliveryConditions conditions =
        DeliveryConditions::of(page, DeliveryConditions::Status::Included);
    QVariantList values = conditions.values;
    values << rows;
    auto records = readRecords(m_db,
                               DeliveryRepository::selectColumns(true) + conditions.where()
                                   + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
                               values);
    if (!records)
        return records;
    m_read += records->size();
    if (!records->isEmpty())
        m_lastId = records->constLast().id;
    m_done = records->size() < rows || (m_limit > 0 && m_read >= m_limit);
    return records;
}

hb::Result<QList<DeliveryRecord>> DeliveryBatchReader::nextOfIds()
{
    const QList<qint64> batch = m_ids.mid(m_read, m_batchSize);
    m_read += batch.size();
    m_done = m_read >= m_ids.size();
    if (batch.isEmpty())
        return QList<DeliveryRecord>();
    QVariantList values;
    values.reserve(batch.size());
    for (const qint64 id : batch)
        values << id;
    return readRecords(m_db,
                       DeliveryRepository::selectColumns(true) + QStringLiteral(" WHERE id IN (")
                           + placeholders(batch.size()) + QStringLiteral(") ORDER BY id DESC"),
                       values);
}

hb::Status DeliveryBatchReader::attachAttempts(QList<DeliveryRecord> &records)
{
    if (records.isEmpty())
        return hb::success();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT delivery_id, attempt, status, reason, changes,"
                                      " finished_at FROM delivery_attempts WHERE delivery_id IN (")
                       + placeholders(records.size())
                       + QStringLiteral(") ORDER BY delivery_id, attempt")))
        return hb::fail(Database::describe(query));
    for (const DeliveryRecord &record : std::as_const(records))
        query.addBindValue(record.id);
    if (!query.exec())
        return hb::fail(Database::describe(query));
    QHash<qint64, QJsonArray> logs;
    while (query.next()) {
        logs[query.value(0).toLongLong()].append(QJsonObject{
            {QStringLiteral("attempt"), query.value(1).toInt()},
            {QStringLiteral("status"), query.value(2).toString()},
            {QStringLiteral("reason"), query.value(3).toString()},
            {QStringLiteral("changes"), changesFromJson(query.value(4).toByteArray())},
            {QStringLiteral("at"), query.value(5).toString()},
        });
    }
    for (DeliveryRecord &record : records) {
        record.attemptLog = logs.take(record.id);
        addLatestAttempt(record, record.attemptLog);
    }
    return hb::success();
}

} // namespace hb::store
