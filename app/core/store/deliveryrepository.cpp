#include "deliveryrepository.h"

#include "common/clock.h"
#include "database.h"
#include "deliveryconditions.h"
#include "deliveryinsertsql.h"
#include "headersjson.h"
#include "payload/jsonreader.h"
#include "sqliteintake.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace hb::store {
namespace {

constexpr int staleAfterSeconds = 3600;

// Qt binds a null QString as SQL NULL; these columns are NOT NULL with '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A stored `changes` array, read with JsonReader so that its numbers keep every digit (SPEC §1).
QJsonArray changesFromJson(const QByteArray &json)
{
    return payload::JsonReader::read(json).value_or(QJsonValue()).toArray();
}

} // namespace

QString DeliveryRepository::selectColumns(bool withRequest)
{
    return QStringLiteral("SELECT id, webhook_id, ") + DeliveryConditions::currentWebhookName()
           + QStringLiteral(", status, reason, changes, user_label,"
                            " received_at, processed_at, attempts, method, target, webhook_name,"
                            " reason_kind%1 "
                            "FROM deliveries")
                 .arg(withRequest ? QStringLiteral(", headers, body, remote_address") : QString());
}

QString DeliveryRepository::staleThreshold()
{
    return isoUtc(QDateTime::currentDateTimeUtc().addSecs(-staleAfterSeconds));
}

DeliveryRecord DeliveryRepository::readRecord(const QSqlQuery &query, bool withRequest,
                                              const QString &staleBefore)
{
    DeliveryRecord record;
    record.id = query.value(0).toLongLong();
    record.webhookId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    record.webhookName = query.value(2).toString();
    record.status =
        deliveryStatusFromName(query.value(3).toString()).value_or(DeliveryStatus::Pending);
    record.reason = query.value(4).toString();
    // JsonReader: the numbers of the changes with every digit (SPEC §1).
    record.changes = changesFromJson(query.value(5).toByteArray());
    record.userLabel = query.value(6).toString();
    record.receivedAt = query.value(7).toString();
    record.processedAt = query.value(8).toString();
    record.attempts = query.value(9).toInt();
    record.method = query.value(10).toString().toUtf8();
    record.target = query.value(11).toString().toUtf8();
    record.receivedAs = query.value(12).toString();
    record.reasonKind = errorKindFromName(query.value(13).toString());
    if (withRequest) {
        record.headers = DeliveryRepository::headersFromJson(query.value(14).toByteArray());
        record.body = query.value(15).toByteArray();
        record.remoteAddress = query.value(16).toString();
    }
    // Formatting "an hour ago" costs more than reading the row: an export passes it in.
    record.stale =
        staleBefore.isEmpty()
            ? DeliveryRepository::isStale(record.status, record.receivedAt)
            : record.status == DeliveryStatus::Pending && record.receivedAt < staleBefore;
    return record;
}

DeliveryRepository::DeliveryRepository(Database &db)
    : m_db(db)
{}

qint64 DeliveryCounts::of(DeliveryStatus status) const
{
    switch (status) {
    case DeliveryStatus::Pending:
        return pending;
    case DeliveryStatus::Success:
        return success;
    case DeliveryStatus::Failed:
        return failed;
    case DeliveryStatus::Skipped:
        return skipped;
    case DeliveryStatus::Sample:
        return sample;
    }
    return 0;
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

bool DeliveryRepository::isStale(DeliveryStatus status, const QString &receivedAt)
{
    if (status != DeliveryStatus::Pending)
        return false;
    // Stored times are fixed-width ISO 8601 UTC, so they compare as text.
    return receivedAt < staleThreshold();
}

// Rows per INSERT statement, largest first: a group is written with as few statements as
// possible, each prepared once (every bound value and every statement costs Qt SQL time).
constexpr int insertChunks[] = {64, 16, 4, 1};

struct DeliveryRepository::IntakeStatements {
    std::unique_ptr<SqliteIntake> sqlite; // SQLite's fast path; null on PostgreSQL
    bool sqliteTried = false;
    std::unique_ptr<QSqlQuery> findKey;
    QHash<int, std::shared_ptr<QSqlQuery>> inserts; // by rows per statement
};

DeliveryRepository::~DeliveryRepository() = default;

QSqlQuery *DeliveryRepository::insertStatement(int rows, QString *error)
{
    if (!m_intake)
        m_intake = std::make_unique<IntakeStatements>();
    std::shared_ptr<QSqlQuery> &query = m_intake->inserts[rows];
    if (!query) {
        auto prepared = std::make_shared<QSqlQuery>(m_db.connection());
        prepared->setForwardOnly(true);
        if (!prepared->prepare(QString::fromLatin1(deliveryInsertSql(rows, true)))) {
            *error = Database::describe(*prepared);
            return nullptr;
        }
        query = std::move(prepared);
    }
    return query.get();
}

hb::Result<QList<InsertedDelivery>>
DeliveryRepository::insertPending(const QList<NewDelivery> &deliveries)
{
    if (!m_intake)
        m_intake = std::make_unique<IntakeStatements>();
    if (!m_intake->sqliteTried) {
        QString error;
        // PostgreSQL (no SQLite handle) goes through Qt SQL below.
        if (sqlite3 *handle = m_db.sqliteHandle()) {
            m_intake->sqlite = SqliteIntake::open(handle, &error);
            if (!m_intake->sqlite)
                return hb::fail(error);
        }
        m_intake->sqliteTried = true;
    }
    QList<InsertedDelivery> inserted(deliveries.size());
    // Which rows are new, in order; a repeat of a key earlier in the list points at its first.
    QList<qsizetype> fresh;
    fresh.reserve(deliveries.size());
    QHash<QPair<qint64, QString>, qsizetype> keysInList;
    QList<QPair<qsizetype, qsizetype>> repeatsInList; // (row, row it repeats)
    for (qsizetype i = 0; i < deliveries.size(); ++i) {
        const NewDelivery &delivery = deliveries.at(i);
        if (!delivery.idempotencyKey.isEmpty()) {
            const auto key = qMakePair(delivery.webhookId, delivery.idempotencyKey);
            if (auto earlier = keysInList.constFind(key); earlier != keysInList.constEnd()) {
                repeatsInList.append({i, *earlier});
                continue;
            }
            hb::Result<std::optional<qint64>> stored =
                storedKey(delivery.webhookId, delivery.idempotencyKey);
            if (!stored)
                return stored.failure();
            if (stored->has_value()) {
                inserted[i] = {**stored, true};
                continue;
            }
            keysInList.insert(key, i);
        }
        fresh.append(i);
    }
    if (m_intake->sqlite) {
        QList<const NewDelivery *> rows;
        rows.reserve(fresh.size());
        for (const qsizetype row : std::as_const(fresh))
            rows.append(&deliveries.at(row));
        hb::Result<QList<qint64>> ids = m_intake->sqlite->insert(rows);
        if (!ids)
            return ids.failure();
        for (qsizetype i = 0; i < fresh.size(); ++i)
            inserted[fresh.at(i)] = {ids->at(i), false};
    } else if (hb::Status status = insertInChunks(deliveries, fresh, inserted); !status) {
        return status.failure();
    }
    for (const auto &[row, first] : std::as_const(repeatsInList))
        inserted[row] = {inserted.at(first).id, true};
    return inserted;
}

hb::Result<std::optional<qint64>> DeliveryRepository::storedKey(qint64 webhookId,
                                                                const QString &key)
{
    if (m_intake->sqlite)
        return m_intake->sqlite->findKey(webhookId, key);
    if (!m_intake->findKey) {
        auto findKey = std::make_unique<QSqlQuery>(m_db.connection());
        findKey->setForwardOnly(true);
        if (!findKey->prepare(QStringLiteral("SELECT id FROM deliveries WHERE "
                                             "webhook_id = ? AND idempotency_key = ?")))
            return hb::fail(Database::describe(*findKey));
        m_intake->findKey = std::move(findKey);
    }
    QSqlQuery &findKey = *m_intake->findKey;
    findKey.bindValue(0, webhookId);
    findKey.bindValue(1, key);
    if (!findKey.exec())
        return hb::fail(Database::describe(findKey));
    std::optional<qint64> id;
    if (findKey.next())
        id = findKey.value(0).toLongLong();
    findKey.finish();
    return id;
}

hb::Status DeliveryRepository::insertInChunks(const QList<NewDelivery> &deliveries,
                                              const QList<qsizetype> &fresh,
                                              QList<InsertedDelivery> &inserted)
{
    qsizetype next = 0;
    QList<qint64> ids;
    while (next < fresh.size()) {
        const qsizetype left = fresh.size() - next;
        int rows = 1;
        for (const int chunk : insertChunks) {
            if (chunk <= left) {
                rows = chunk;
                break;
            }
        }
        QString error;
        QSqlQuery *insert = insertStatement(rows, &error);
        if (!insert)
            return hb::fail(error);
        int value = 0;
        for (int row = 0; row < rows; ++row) {
            const NewDelivery &delivery = deliveries.at(fresh.at(next + row));
            insert->bindValue(value++, delivery.webhookId > 0
                                           ? QVariant(delivery.webhookId)
                                           : QVariant(QMetaType(QMetaType::LongLong)));
            insert->bindValue(value++, notNull(delivery.webhookName));
            insert->bindValue(value++, deliveryStatusName(delivery.status));
            insert->bindValue(value++, delivery.idempotencyKey.isEmpty()
                                           ? QVariant(QMetaType(QMetaType::QString))
                                           : QVariant(delivery.idempotencyKey));
            insert->bindValue(value++, notNull(QString::fromUtf8(delivery.method)));
            insert->bindValue(value++, notNull(headerText(delivery.target)));
            insert->bindValue(value++, QString::fromUtf8(headersJsonBytes(delivery.headers)));
            insert->bindValue(value++, delivery.body.isNull() ? QByteArray("") : delivery.body);
            insert->bindValue(value++, notNull(delivery.remoteAddress));
            insert->bindValue(value++,
                              delivery.receivedAt.isEmpty() ? nowIsoUtc() : delivery.receivedAt);
        }
        Q_ASSERT(value == rows * deliveryInsertValuesPerRow);
        if (!insert->exec())
            return hb::fail(Database::describe(*insert));
        ids.clear();
        while (insert->next())
            ids.append(insert->value(0).toLongLong());
        insert->finish();
        if (ids.size() != rows)
            return hb::fail(QStringLiteral("the store returned %1 ids for %2 new deliveries")
                                .arg(ids.size())
                                .arg(rows));
        // RETURNING promises no order, but the ids grow in the order the rows were inserted.
        std::sort(ids.begin(), ids.end());
        for (int row = 0; row < rows; ++row)
            inserted[fresh.at(next + row)] = {ids.at(row), false};
        next += rows;
    }
    return hb::success();
}

hb::Result<QList<DeliveryRecord>> DeliveryRepository::list(const DeliveryFilter &filter)
{
    const DeliveryConditions conditions =
        DeliveryConditions::of(filter, DeliveryConditions::Status::Included);
    const QString sql = selectColumns(false) + conditions.where()
                        + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?");
    QVariantList values = conditions.values;
    values << (filter.limit > 0 ? filter.limit : 100) << qMax<qint64>(filter.offset, 0);

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
        return log.failure();
    record.attemptLog = *log;
    return std::optional<DeliveryRecord>(std::move(record));
}

hb::Result<QJsonArray> DeliveryRepository::attempts(qint64 id)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // The earlier attempts are in delivery_attempts, the latest one in the delivery's own row
    // (the processor copies it out only when a re-run overwrites it).
    if (!query.prepare(QStringLiteral(
            "SELECT attempt, status, reason, changes, finished_at FROM delivery_attempts"
            " WHERE delivery_id = ? UNION ALL SELECT d.attempts, d.status, d.reason, d.changes,"
            " COALESCE(d.processed_at, d.received_at) FROM deliveries d WHERE d.id = ?"
            " AND d.attempts > 0 AND d.status <> 'pending' AND NOT EXISTS (SELECT 1 FROM"
            " delivery_attempts a WHERE a.delivery_id = d.id AND a.attempt = d.attempts)"
            " ORDER BY 1")))
        return hb::fail(Database::describe(query));
    query.addBindValue(id);
    query.addBindValue(id);
    if (!query.exec())
        return hb::fail(Database::describe(query));
    QJsonArray log;
    while (query.next()) {
        log.append(QJsonObject{
            {QStringLiteral("attempt"), query.value(0).toInt()},
            {QStringLiteral("status"), query.value(1).toString()},
            {QStringLiteral("reason"), query.value(2).toString()},
            {QStringLiteral("changes"), changesFromJson(query.value(3).toByteArray())},
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

hb::Result<DeliveryCounts> DeliveryRepository::counts(const DeliveryFilter &filter)
{
    DeliveryFilter all = filter;
    all.beforeId = 0;
    const DeliveryConditions conditions =
        DeliveryConditions::of(all, DeliveryConditions::Status::Ignored);
    // With conditions, one pass over the matching rows counts them all. Without, a count per
    // status that has a partial index (pending, failed, skipped, sample) and the total: each
    // reads an index rather than every row with its body; success is what is left.
    const QList<DeliveryStatus> indexed{DeliveryStatus::Pending, DeliveryStatus::Failed,
                                        DeliveryStatus::Skipped, DeliveryStatus::Sample};
    QStringList queries;
    if (conditions.isEmpty()) {
        queries << QStringLiteral("SELECT COUNT(*), 0, 0, 0, 0 FROM deliveries");
        for (qsizetype i = 0; i < indexed.size(); ++i) {
            QStringList columns(indexed.size() + 1, QStringLiteral("0"));
            columns[i + 1] = QStringLiteral("COUNT(*)");
            queries << QStringLiteral("SELECT %1 FROM deliveries WHERE status = '%2'")
                           .arg(columns.join(QLatin1String(", ")), deliveryStatusName(indexed[i]));
        }
    } else {
        QStringList columns{QStringLiteral("COUNT(*)")};
        for (DeliveryStatus status : indexed)
            columns << QStringLiteral("COALESCE(SUM(CASE WHEN status = '%1' THEN 1 ELSE 0 END), 0)")
                           .arg(deliveryStatusName(status));
        queries
            << QStringLiteral("SELECT %1 FROM deliveries").arg(columns.join(QLatin1String(", ")))
                   + conditions.where();
    }
    qint64 total = 0;
    DeliveryCounts counts;
    for (const QString &sql : std::as_const(queries)) {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return hb::fail(Database::describe(query));
        for (const QVariant &value : conditions.values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return hb::fail(Database::describe(query));
        total += query.value(0).toLongLong();
        counts.pending += query.value(1).toLongLong();
        counts.failed += query.value(2).toLongLong();
        counts.skipped += query.value(3).toLongLong();
        counts.sample += query.value(4).toLongLong();
    }
    counts.success = total - counts.pending - counts.failed - counts.skipped - counts.sample;
    return counts;
}

} // namespace hb::store
