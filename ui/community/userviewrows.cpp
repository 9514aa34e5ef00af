#include "userviewrows.h"

#include "common/localtime.h"
#include "common/statusicons.h"
#include "delivery/deliverysummary.h"

#include <QHash>

namespace hb::ui {
namespace {

UserViewCell plain(const QString &text, const QString &toolTip = QString())
{
    UserViewCell cell;
    cell.text = text;
    cell.toolTip = toolTip;
    return cell;
}

UserViewCell mono(const QString &text)
{
    UserViewCell cell = plain(text);
    cell.monospace = true;
    return cell;
}

UserViewCell number(const QString &text)
{
    UserViewCell cell = mono(text);
    cell.number = true;
    return cell;
}

UserViewCell dim(const QString &text, const QString &toolTip)
{
    UserViewCell cell = plain(text, toolTip);
    cell.dim = true;
    return cell;
}

UserViewCell timeCell(const QString &iso)
{
    return plain(LocalTime::text(iso), LocalTime::textToTheSecond(iso));
}

// "#12", opening the delivery; nothing for a row made by hand.
UserViewCell deliveryLink(qint64 deliveryId)
{
    if (deliveryId <= 0)
        return plain(QString());
    UserViewCell cell = mono(QStringLiteral("#%1").arg(deliveryId));
    cell.link = true;
    cell.toolTip = UserViewRows::tr("Open delivery %1 on the Deliveries page").arg(deliveryId);
    return cell;
}

// A webhook's name as a source or action, or "by hand" for what support staff set themselves.
UserViewCell source(const QString &name, qint64 deliveryId)
{
    if (deliveryId <= 0 && name == QLatin1String("manual"))
        return dim(UserViewRows::byHand(),
                   UserViewRows::tr("Set by hand (the window or hookbench user set)"));
    return plain(name);
}

QString valueText(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? UserViewRows::tr("unset")
                                                 : delivery::DeliverySummary::valueText(value);
}

QString currencyName(const QString &currency)
{
    if (currency == QLatin1String("coins"))
        return UserViewRows::tr("Coins");
    if (currency == QLatin1String("xp"))
        return UserViewRows::tr("XP");
    return currency;
}

} // namespace

QString UserViewRows::byHand()
{
    return tr("by hand");
}

QStringList UserViewRows::fieldHeaders()
{
    return {tr("Field"), tr("Key"), tr("Type"), tr("Value")};
}

QStringList UserViewRows::historyHeaders()
{
    return {tr("Time"), tr("Field"), tr("Old → new"), tr("Operator"), tr("Source"), tr("Delivery")};
}

QStringList UserViewRows::logHeaders()
{
    return {tr("Time"), tr("Currency"), tr("Change"), tr("Balance"), tr("Action"), tr("Delivery")};
}

QStringList UserViewRows::messageHeaders()
{
    return {tr("Time"), tr("Channel"), tr("Author"), tr("Text"), tr("Delivery")};
}

QStringList UserViewRows::deliveryHeaders()
{
    return {tr("Status"), tr("Delivery"), tr("Received"), tr("Webhook"), tr("What happened")};
}

QStringList UserViewRows::channelMessageHeaders()
{
    return {tr("Time"), tr("Author"), tr("Text"), tr("Delivery")};
}

QStringList UserViewRows::channelHeaders()
{
    return {tr("Channel"), tr("Messages")};
}

QList<UserViewRow> UserViewRows::fields(const services::UserProfile &profile)
{
    QList<UserViewRow> rows;
    qint64 id = 0;
    for (const services::CustomField &field : profile.fields) {
        const auto value = profile.user.fields.constFind(field.key);
        const bool set = value != profile.user.fields.cend();
        rows.append({++id,
                     0,
                     {plain(field.name.isEmpty() ? field.key : field.name), mono(field.key),
                      plain(mapping::fieldTypeName(field.type)),
                      set ? mono(*value) : dim(tr("unset"), tr("No value yet"))}});
    }
    return rows;
}

QList<UserViewRow> UserViewRows::history(const QList<services::HistoryEntry> &entries,
                                         const QList<services::CustomField> &fields)
{
    QHash<QString, QString> names;
    for (const services::CustomField &field : fields)
        names.insert(field.key, field.name.isEmpty() ? field.key : field.name);
    QList<UserViewRow> rows;
    for (const services::HistoryEntry &entry : entries) {
        const QString name = names.value(entry.field);
        UserViewCell field = name.isEmpty() ? plain(entry.field, tr("A field removed since"))
                                            : plain(name, entry.field);
        const QString change =
            valueText(entry.oldValue) + QStringLiteral(" → ") + valueText(entry.newValue);
        rows.append({entry.id,
                     entry.deliveryId,
                     {timeCell(entry.at), field, mono(change), plain(entry.op),
                      source(entry.source, entry.deliveryId), deliveryLink(entry.deliveryId)}});
    }
    return rows;
}

QList<UserViewRow> UserViewRows::log(const QList<services::GamificationEntry> &entries)
{
    QList<UserViewRow> rows;
    for (const services::GamificationEntry &entry : entries) {
        const QString delta =
            entry.delta > 0 ? QStringLiteral("+%1").arg(entry.delta) : QString::number(entry.delta);
        rows.append({entry.id,
                     entry.deliveryId,
                     {timeCell(entry.at), plain(currencyName(entry.currency)), number(delta),
                      number(QString::number(entry.balance)),
                      source(entry.action, entry.deliveryId), deliveryLink(entry.deliveryId)}});
    }
    return rows;
}

QList<UserViewRow> UserViewRows::messages(const QList<services::MessageEntry> &entries)
{
    QList<UserViewRow> rows;
    for (const services::MessageEntry &entry : entries) {
        rows.append({entry.id,
                     entry.deliveryId,
                     {timeCell(entry.at), plain(QStringLiteral("#") + entry.channel),
                      plain(entry.author), plain(entry.text), deliveryLink(entry.deliveryId)}});
    }
    return rows;
}

QList<UserViewRow> UserViewRows::channelMessages(const QList<services::MessageEntry> &entries)
{
    QList<UserViewRow> rows;
    for (const services::MessageEntry &entry : entries) {
        rows.append({entry.id,
                     entry.deliveryId,
                     {timeCell(entry.at), plain(entry.author), plain(entry.text),
                      deliveryLink(entry.deliveryId)}});
    }
    return rows;
}

QString UserViewRows::deliverySummary(const services::DeliveryRecord &record)
{
    switch (record.status) {
    case DeliveryStatus::Failed:
    case DeliveryStatus::Skipped:
        return record.reason;
    case DeliveryStatus::Success: {
        QStringList changes;
        for (const QJsonValue &change : record.changes)
            changes << delivery::DeliverySummary::changeText(change.toObject());
        return changes.isEmpty() ? tr("nothing to change") : changes.join(QStringLiteral("; "));
    }
    case DeliveryStatus::Sample:
        return tr("sample for designing: changes nobody until applied");
    case DeliveryStatus::Pending:
        break;
    }
    return record.stale ? tr("pending for over an hour: is a processor running?")
                        : tr("waiting to be processed");
}

QList<UserViewRow> UserViewRows::deliveries(const QList<services::DeliveryRecord> &records)
{
    QList<UserViewRow> rows;
    for (const services::DeliveryRecord &record : records) {
        UserViewCell status = plain(StatusIcons::describe(record.status));
        status.icon = StatusIcons::forStatus(record.status);
        UserViewCell webhook = plain(record.webhookName);
        if (!record.receivedAs.isEmpty() && record.receivedAs != record.webhookName)
            webhook.toolTip = tr("%1 (received as %2)").arg(record.webhookName, record.receivedAs);
        const QString summary = deliverySummary(record);
        rows.append({record.id,
                     record.id,
                     {status, deliveryLink(record.id), timeCell(record.receivedAt), webhook,
                      plain(summary)}});
    }
    return rows;
}

QList<UserViewRow> UserViewRows::channels(const QList<services::Channel> &channels)
{
    QList<UserViewRow> rows;
    for (const services::Channel &channel : channels) {
        rows.append({channel.id,
                     0,
                     {plain(QStringLiteral("#") + channel.name),
                      number(QString::number(channel.messageCount))}});
    }
    return rows;
}

} // namespace hb::ui
