#include "deliverypages.h"

#include "deliveryservice.h"
#include "store/database.h"
#include "store/deliveryconditions.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace hb::services {

using store::DeliveryConditions;

DeliveryPages::DeliveryPages(store::Database &db)
    : m_db(db)
{}

hb::Result<QList<store::DeliveryRecord>>
DeliveryPages::newestFirst(const store::DeliveryFilter &filter)
{
    return DeliveryService(m_db).list(filter);
}

// Two steps, so that the rows are read by the one reader every list uses: the ids (from the
// index or the table's b-tree, without a row's columns), then the rows at or below the highest.
hb::Result<QList<store::DeliveryRecord>>
DeliveryPages::oldestFirst(const store::DeliveryFilter &filter, qint64 afterId, qint64 skip,
                           int limit)
{
    if (limit <= 0)
        return QList<store::DeliveryRecord>();
    DeliveryConditions conditions =
        DeliveryConditions::of(filter, DeliveryConditions::Status::Included);
    if (afterId > 0)
        conditions.add(QStringLiteral("id > ?"), {afterId});
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id FROM deliveries") + conditions.where()
                       + QStringLiteral(" ORDER BY id ASC LIMIT ? OFFSET ?")))
        return hb::fail(store::Database::describe(query));
    for (const QVariant &value : std::as_const(conditions.values))
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(qMax<qint64>(skip, 0));
    if (!query.exec())
        return hb::fail(store::Database::describe(query));
    qint64 highest = 0;
    int rows = 0;
    while (query.next()) {
        highest = std::max(highest, query.value(0).toLongLong());
        ++rows;
    }
    if (rows == 0)
        return QList<store::DeliveryRecord>();
    store::DeliveryFilter page = filter;
    page.beforeId = highest + 1;
    page.offset = 0;
    page.limit = rows;
    return DeliveryService(m_db).list(page);
}

hb::Result<qint64> DeliveryPages::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return hb::fail(store::Database::describe(query));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return hb::fail(store::Database::describe(query));
    return query.value(0).toLongLong();
}

hb::Result<qint64> DeliveryPages::count(const store::DeliveryFilter &filter)
{
    const DeliveryConditions conditions =
        DeliveryConditions::of(filter, DeliveryConditions::Status::Included);
    return scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries") + conditions.where(),
                  conditions.values);
}

hb::Result<qint64> DeliveryPages::countNewerThan(const store::DeliveryFilter &filter, qint64 id)
{
    DeliveryConditions conditions =
        DeliveryConditions::of(filter, DeliveryConditions::Status::Included);
    conditions.add(QStringLiteral("id > ?"), {id});
    return scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries") + conditions.where(),
                  conditions.values);
}

hb::Result<qint64> DeliveryPages::newestId(const store::DeliveryFilter &filter)
{
    const DeliveryConditions conditions =
        DeliveryConditions::of(filter, DeliveryConditions::Status::Included);
    return scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM deliveries")
                      + conditions.where(),
                  conditions.values);
}

hb::Result<std::optional<qint64>> DeliveryPages::offsetOf(const store::DeliveryFilter &filter,
                                                          qint64 id)
{
    DeliveryConditions conditions =
        DeliveryConditions::of(filter, DeliveryConditions::Status::Included);
    conditions.add(QStringLiteral("id >= ?"), {id});
    // One pass: the matches above it, and whether it is one of them.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN id = ? THEN 1 "
                                      "ELSE 0 END), 0) FROM deliveries")
                       + conditions.where()))
        return hb::fail(store::Database::describe(query));
    query.addBindValue(id);
    for (const QVariant &value : std::as_const(conditions.values))
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return hb::fail(store::Database::describe(query));
    if (query.value(1).toLongLong() == 0)
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong() - 1);
}

hb::Result<qint64> DeliveryPages::recentFailures(const QString &since, int window)
{
    // The newest failures by id through the partial index, never every failure of a long log.
    return scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT processed_at, received_at FROM "
                                 "deliveries WHERE status = 'failed' ORDER BY id DESC LIMIT ?) f"
                                 " WHERE COALESCE(NULLIF(processed_at, ''), received_at) >= ?"),
                  {window, since});
}

hb::Status DeliveryPages::beginSnapshot()
{
    QSqlDatabase &connection = m_db.connection();
    if (!connection.transaction())
        return hb::fail(connection.lastError().text());
    // PostgreSQL's default sees each statement's own moment; SQLite's deferred transaction
    // already reads one state from its first read on.
    if (m_db.isPostgres()) {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))) {
            connection.rollback();
            return hb::fail(store::Database::describe(query));
        }
    }
    return hb::success();
}

void DeliveryPages::endSnapshot()
{
    // Nothing was written: rolling back is the cheapest way out on both back ends.
    m_db.connection().rollback();
}

} // namespace hb::services
