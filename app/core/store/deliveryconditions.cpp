#include "deliveryconditions.h"

#include "deliveryrepository.h"

#include <optional>

namespace hb::store {
namespace {

// A LIKE pattern (ESCAPE '!') that finds `text` anywhere, its own % and _ taken literally. Not a
// backslash: the two back ends read one in a string literal differently.
QString containsPattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('!'), QLatin1String("!!"));
    escaped.replace(QLatin1Char('%'), QLatin1String("!%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// "#123" or "123": support staff looking for one delivery by the id a sender or a log gave
// them, so it matches that id only (not user names or reasons that happen to hold the digits).
std::optional<qint64> searchedId(const QString &search)
{
    const QString digits = search.startsWith(QLatin1Char('#')) ? search.mid(1).trimmed() : search;
    bool isNumber = false;
    const qint64 id = digits.toLongLong(&isNumber);
    if (!isNumber || digits.isEmpty() || !digits.front().isDigit())
        return std::nullopt;
    return id;
}

} // namespace

DeliveryConditions DeliveryConditions::of(const DeliveryFilter &filter, Status status)
{
    DeliveryConditions conditions;
    if (status == Status::Included && filter.status)
        conditions.add(QStringLiteral("status = ?"), {deliveryStatusName(*filter.status)});
    if (!filter.webhookName.isEmpty())
        conditions.add(QStringLiteral("(webhook_id = (SELECT w.id FROM webhooks w WHERE w.name = ?)"
                                      " OR (webhook_id IS NULL"
                                      " AND COALESCE(removed_webhook_name, webhook_name) = ?))"),
                       {filter.webhookName, filter.webhookName});
    if (filter.beforeId > 0)
        conditions.add(QStringLiteral("id < ?"), {filter.beforeId});
    if (!filter.receivedSince.isEmpty())
        conditions.add(QStringLiteral("received_at >= ?"), {filter.receivedSince});
    if (!filter.receivedUntil.isEmpty())
        conditions.add(QStringLiteral("received_at < ?"), {filter.receivedUntil});
    const QString search = filter.search.trimmed();
    if (search.isEmpty())
        return conditions;
    if (const std::optional<qint64> id = searchedId(search)) {
        conditions.add(QStringLiteral("id = ?"), {*id});
        return conditions;
    }
    const QString pattern = containsPattern(search);
    // The webhook's current name is matched once per webhook (IN over the small webhooks table),
    // not by a sub-select per delivery: 3x faster over a million deliveries.
    conditions.add(QStringLiteral("(lower(user_label) LIKE ? ESCAPE '!'"
                                  " OR lower(reason) LIKE ? ESCAPE '!'"
                                  " OR webhook_id IN (SELECT w.id FROM webhooks w"
                                  " WHERE lower(w.name) LIKE ? ESCAPE '!')"
                                  " OR (webhook_id IS NULL AND"
                                  " lower(COALESCE(removed_webhook_name, webhook_name))"
                                  " LIKE ? ESCAPE '!'))"),
                   {pattern, pattern, pattern, pattern});
    return conditions;
}

QString DeliveryConditions::currentWebhookName()
{
    return QStringLiteral(
        "COALESCE((SELECT w.name FROM webhooks w WHERE w.id = deliveries.webhook_id),"
        " removed_webhook_name, webhook_name)");
}

QString DeliveryConditions::where() const
{
    return sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + sql;
}

void DeliveryConditions::add(const QString &condition, const QVariantList &conditionValues)
{
    if (!sql.isEmpty())
        sql += QStringLiteral(" AND ");
    sql += condition;
    values += conditionValues;
}

} // namespace hb::store
