#include "deliveryconditions.h"

#include "deliveryrepository.h"

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
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        const QString pattern = containsPattern(search);
        QString any = QStringLiteral("lower(user_label) LIKE ? ESCAPE '!'"
                                     " OR lower(reason) LIKE ? ESCAPE '!'"
                                     " OR lower(")
                      + currentWebhookName() + QStringLiteral(") LIKE ? ESCAPE '!'");
        QVariantList values{pattern, pattern, pattern};
        bool isNumber = false;
        const qint64 id = search.toLongLong(&isNumber);
        if (isNumber) {
            any += QStringLiteral(" OR id = ?");
            values << id;
        }
        conditions.add(QLatin1Char('(') + any + QLatin1Char(')'), values);
    }
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
