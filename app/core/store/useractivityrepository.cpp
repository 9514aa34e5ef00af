#include "useractivityrepository.h"

#include "database.h"
#include "deliveryconditions.h"
#include "fieldrepository.h"
#include "mapping/changeplan.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace hb::store {
namespace {

std::optional<QString> optionalText(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

// A query being put together: its SQL and its values in order.
struct Sql {
    QString text;
    QVariantList values;

    Sql &add(const QString &part, const QVariantList &partValues = {})
    {
        text += part;
        values += partValues;
        return *this;
    }
    // " AND <column> < ?" for a page that continues below an id; nothing for the first page.
    Sql &below(const QString &column, const ActivityPage &page)
    {
        if (page.beforeId > 0)
            add(QStringLiteral(" AND %1 < ?").arg(column), {page.beforeId});
        return *this;
    }
    Sql &newestFirst(const QString &column, const ActivityPage &page)
    {
        return add(
            QStringLiteral(" ORDER BY %1 DESC LIMIT %2").arg(column).arg(qMax(1, page.limit)));
    }
};

hb::Result<QSqlQuery> run(Database &db, const Sql &sql)
{
    return db.select(sql.text, sql.values);
}

// The ids of the deliveries that concern a user (see the header), on the page asked. The first
// arm's `user_label <> ''` is the partial index's own condition, so that the index serves it.
Sql userDeliveryIds(qint64 userId, const ActivityPage &page)
{
    Sql ids;
    ids.add(QStringLiteral("SELECT id FROM deliveries WHERE user_label <> ''"
                           " AND user_label = (SELECT email FROM users WHERE id = ?)"),
            {userId})
        .below(QStringLiteral("id"), page);
    ids.add(QStringLiteral(" UNION SELECT delivery_id FROM field_history"
                           " WHERE user_id = ? AND delivery_id IS NOT NULL"),
            {userId})
        .below(QStringLiteral("delivery_id"), page);
    ids.add(QStringLiteral(" UNION SELECT delivery_id FROM gamification_log"
                           " WHERE user_id = ? AND delivery_id IS NOT NULL"),
            {userId})
        .below(QStringLiteral("delivery_id"), page);
    return ids;
}

HistoryEntry readHistory(const QSqlQuery &query)
{
    // The field's type gives old/new their JSON kind; a removed field's values read as text.
    const auto type =
        mapping::fieldTypeFromName(query.value(10).toString()).value_or(mapping::FieldType::Text);
    HistoryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.email = query.value(1).toString();
    entry.username = query.value(2).toString();
    entry.field = query.value(3).toString();
    entry.oldValue = mapping::ChangePlan::fieldValueToJson(type, optionalText(query.value(4)));
    entry.newValue = mapping::ChangePlan::fieldValueToJson(type, optionalText(query.value(5)));
    entry.op = query.value(6).toString();
    entry.source = query.value(7).toString();
    entry.deliveryId = query.value(8).toLongLong();
    entry.at = query.value(9).toString();
    return entry;
}

GamificationEntry readGamification(const QSqlQuery &query)
{
    GamificationEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.email = query.value(1).toString();
    entry.username = query.value(2).toString();
    entry.currency = query.value(3).toString();
    entry.delta = query.value(4).toLongLong();
    entry.balance = query.value(5).toLongLong();
    entry.action = query.value(6).toString();
    entry.deliveryId = query.value(7).toLongLong();
    entry.at = query.value(8).toString();
    return entry;
}

MessageEntry readMessage(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(),   query.value(5).toString(), query.value(4).toLongLong()};
}

template <typename T, typename Read>
hb::Result<QList<T>> readAll(Database &db, const Sql &sql, Read read)
{
    auto query = run(db, sql);
    if (!query)
        return query.failure();
    QList<T> rows;
    while (query->next())
        rows.append(read(*query));
    return rows;
}

const QString messageColumns =
    QStringLiteral("SELECT m.id, c.name, m.text, m.author, m.delivery_id, m.at"
                   " FROM messages m JOIN channels c ON c.id = m.channel_id");

} // namespace

UserActivityRepository::UserActivityRepository(Database &db)
    : m_db(db)
{}

hb::Result<std::optional<UserProfile>> UserActivityRepository::profile(qint64 userId)
{
    auto query = run(m_db, Sql().add(QStringLiteral("SELECT id, email, username, display_name,"
                                                    " coins, xp FROM users WHERE id = ?"),
                                     {userId}));
    if (!query)
        return query.failure();
    if (!query->next())
        return std::optional<UserProfile>();
    UserProfile profile;
    profile.user.id = query->value(0).toLongLong();
    profile.user.email = query->value(1).toString();
    profile.user.username = query->value(2).toString();
    profile.user.displayName = query->value(3).toString();
    profile.user.coins = query->value(4).toLongLong();
    profile.user.xp = query->value(5).toLongLong();
    query->finish();

    auto values = run(m_db, Sql().add(QStringLiteral("SELECT f.key, v.value FROM user_field_values"
                                                     " v JOIN custom_fields f ON f.id = v.field_id"
                                                     " WHERE v.user_id = ?"),
                                      {userId}));
    if (!values)
        return values.failure();
    while (values->next())
        profile.user.fields.insert(values->value(0).toString(), values->value(1).toString());
    auto fields = FieldRepository(m_db).list();
    if (!fields)
        return fields.failure();
    profile.fields = std::move(*fields);
    return std::optional<UserProfile>(std::move(profile));
}

hb::Result<QList<HistoryEntry>> UserActivityRepository::history(qint64 userId,
                                                                const ActivityPage &page)
{
    Sql sql;
    sql.add(QStringLiteral("SELECT h.id, u.email, u.username, h.field_key, h.old_value,"
                           " h.new_value, h.operator, h.source, h.delivery_id, h.at, f.type"
                           " FROM field_history h JOIN users u ON u.id = h.user_id"
                           " LEFT JOIN custom_fields f ON f.key = h.field_key"
                           " WHERE h.user_id = ?"),
            {userId})
        .below(QStringLiteral("h.id"), page)
        .newestFirst(QStringLiteral("h.id"), page);
    return readAll<HistoryEntry>(m_db, sql, readHistory);
}

hb::Result<QList<GamificationEntry>>
UserActivityRepository::gamificationLog(qint64 userId, const ActivityPage &page)
{
    Sql sql;
    sql.add(QStringLiteral("SELECT g.id, u.email, u.username, g.currency, g.delta, g.balance,"
                           " g.action, g.delivery_id, g.at FROM gamification_log g"
                           " JOIN users u ON u.id = g.user_id WHERE g.user_id = ?"),
            {userId})
        .below(QStringLiteral("g.id"), page)
        .newestFirst(QStringLiteral("g.id"), page);
    return readAll<GamificationEntry>(m_db, sql, readGamification);
}

hb::Result<QList<MessageEntry>> UserActivityRepository::messages(qint64 userId,
                                                                 const ActivityPage &page)
{
    // Every message of those deliveries, whatever its id: the page bounds the messages only.
    const Sql ids = userDeliveryIds(userId, ActivityPage{});
    Sql sql;
    sql.add(messageColumns + QStringLiteral(" WHERE m.delivery_id IN (") + ids.text
                + QStringLiteral(")"),
            ids.values)
        .below(QStringLiteral("m.id"), page)
        .newestFirst(QStringLiteral("m.id"), page);
    return readAll<MessageEntry>(m_db, sql, readMessage);
}

hb::Result<QList<DeliveryRecord>> UserActivityRepository::deliveries(qint64 userId,
                                                                     const ActivityPage &page)
{
    // Not aliased: the current webhook name's subquery names the deliveries table.
    const Sql ids = userDeliveryIds(userId, page);
    Sql sql;
    // The log's own columns and reader: a row here reads exactly as the Deliveries page's.
    sql.add(DeliveryRepository::selectColumns(false) + QStringLiteral(" WHERE id IN (") + ids.text
                + QStringLiteral(")"),
            ids.values)
        .newestFirst(QStringLiteral("id"), page);
    const QString staleBefore = DeliveryRepository::staleThreshold();
    return readAll<DeliveryRecord>(m_db, sql, [&staleBefore](const QSqlQuery &query) {
        return DeliveryRepository::readRecord(query, false, staleBefore);
    });
}

hb::Result<QList<MessageEntry>> UserActivityRepository::channelMessages(qint64 channelId,
                                                                        const ActivityPage &page)
{
    Sql sql;
    sql.add(messageColumns + QStringLiteral(" WHERE m.channel_id = ?"), {channelId})
        .below(QStringLiteral("m.id"), page)
        .newestFirst(QStringLiteral("m.id"), page);
    return readAll<MessageEntry>(m_db, sql, readMessage);
}

} // namespace hb::store
