#include "activityrepository.h"

#include "database.h"
#include "mapping/changeplan.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace hb::store {
namespace {

std::optional<QString> optionalText(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

// The newest `limit` rows, returned oldest first: select descending, then reverse.
QString orderAndLimit(const QString &idColumn, int limit)
{
    return limit > 0 ? QStringLiteral(" ORDER BY %1 DESC LIMIT %2").arg(idColumn).arg(limit)
                     : QStringLiteral(" ORDER BY %1").arg(idColumn);
}

template <typename T> void restoreOrder(QList<T> &entries, int limit)
{
    if (limit > 0)
        std::reverse(entries.begin(), entries.end());
}

} // namespace

ActivityRepository::ActivityRepository(Database &db)
    : m_db(db)
{}

hb::Result<QList<HistoryEntry>> ActivityRepository::history(qint64 userId, const QString &field,
                                                            int limit)
{
    // The field's type gives old/new their JSON kind; a removed field's values read as text.
    QString sql = QStringLiteral(
        "SELECT h.id, u.email, u.username, h.field_key, h.old_value, h.new_value, h.operator,"
        " h.source, h.delivery_id, h.at, f.type FROM field_history h"
        " JOIN users u ON u.id = h.user_id LEFT JOIN custom_fields f ON f.key = h.field_key");
    QStringList conditions;
    QVariantList values;
    if (userId > 0) {
        conditions << QStringLiteral("h.user_id = ?");
        values << userId;
    }
    if (!field.isEmpty()) {
        conditions << QStringLiteral("h.field_key = ?");
        values << field;
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += orderAndLimit(QStringLiteral("h.id"), limit);
    auto query = m_db.select(sql, values);
    if (!query)
        return query.failure();
    QList<HistoryEntry> entries;
    while (query->next()) {
        const auto type = mapping::fieldTypeFromName(query->value(10).toString())
                              .value_or(mapping::FieldType::Text);
        HistoryEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.email = query->value(1).toString();
        entry.username = query->value(2).toString();
        entry.field = query->value(3).toString();
        entry.oldValue = mapping::ChangePlan::fieldValueToJson(type, optionalText(query->value(4)));
        entry.newValue = mapping::ChangePlan::fieldValueToJson(type, optionalText(query->value(5)));
        entry.op = query->value(6).toString();
        entry.source = query->value(7).toString();
        entry.deliveryId = query->value(8).toLongLong();
        entry.at = query->value(9).toString();
        entries.append(entry);
    }
    restoreOrder(entries, limit);
    return entries;
}

hb::Result<QList<GamificationEntry>> ActivityRepository::gamificationLog(qint64 userId, int limit)
{
    QString sql = QStringLiteral(
        "SELECT g.id, u.email, u.username, g.currency, g.delta, g.balance, g.action,"
        " g.delivery_id, g.at FROM gamification_log g JOIN users u ON u.id = g.user_id");
    QVariantList values;
    if (userId > 0) {
        sql += QStringLiteral(" WHERE g.user_id = ?");
        values << userId;
    }
    sql += orderAndLimit(QStringLiteral("g.id"), limit);
    auto query = m_db.select(sql, values);
    if (!query)
        return query.failure();
    QList<GamificationEntry> entries;
    while (query->next()) {
        GamificationEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.email = query->value(1).toString();
        entry.username = query->value(2).toString();
        entry.currency = query->value(3).toString();
        entry.delta = query->value(4).toLongLong();
        entry.balance = query->value(5).toLongLong();
        entry.action = query->value(6).toString();
        entry.deliveryId = query->value(7).toLongLong();
        entry.at = query->value(8).toString();
        entries.append(entry);
    }
    restoreOrder(entries, limit);
    return entries;
}

hb::Result<QList<MessageEntry>> ActivityRepository::messages(const QString &channel, int limit)
{
    QString sql = QStringLiteral("SELECT m.id, c.name, m.text, m.author, m.delivery_id, m.at"
                                 " FROM messages m JOIN channels c ON c.id = m.channel_id");
    QVariantList values;
    if (!channel.isEmpty()) {
        sql += QStringLiteral(" WHERE c.name = ?");
        values << channel;
    }
    sql += orderAndLimit(QStringLiteral("m.id"), limit);
    auto query = m_db.select(sql, values);
    if (!query)
        return query.failure();
    QList<MessageEntry> entries;
    while (query->next()) {
        MessageEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.channel = query->value(1).toString();
        entry.text = query->value(2).toString();
        entry.author = query->value(3).toString();
        entry.deliveryId = query->value(4).toLongLong();
        entry.at = query->value(5).toString();
        entries.append(entry);
    }
    restoreOrder(entries, limit);
    return entries;
}

hb::Result<QList<Channel>> ActivityRepository::channels()
{
    auto query =
        m_db.select(QStringLiteral("SELECT c.id, c.name, c.created_at, COUNT(m.id) FROM channels c"
                                   " LEFT JOIN messages m ON m.channel_id = c.id"
                                   " GROUP BY c.id, c.name, c.created_at ORDER BY c.name"),
                    {});
    if (!query)
        return query.failure();
    QList<Channel> channels;
    while (query->next())
        channels.append({query->value(0).toLongLong(), query->value(1).toString(),
                         query->value(2).toString(), query->value(3).toLongLong()});
    return channels;
}

hb::Result<bool> ActivityRepository::historyHasField(const QString &field)
{
    auto query = m_db.select(
        QStringLiteral("SELECT 1 FROM field_history WHERE field_key = ? LIMIT 1"), {field});
    if (!query)
        return query.failure();
    return query->next();
}

} // namespace hb::store
