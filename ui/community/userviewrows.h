#pragma once

#include "services/useractivityservice.h"
#include "userviewmodel.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace hb::ui {

// The user view's and the channels view's rows, cell by cell, from the services' values: times in
// local time (to the second in the tooltip), values in monospace, "unset" and "by hand" dimmed,
// and a "#12" link to the delivery a row came from.
class UserViewRows {
    Q_DECLARE_TR_FUNCTIONS(hb::ui::UserViewRows)
public:
    enum FieldColumn { FieldNameColumn, FieldKeyColumn, FieldTypeColumn, FieldValueColumn };
    enum HistoryColumn {
        HistoryTimeColumn,
        HistoryFieldColumn,
        HistoryChangeColumn,
        HistoryOperatorColumn,
        HistorySourceColumn,
        HistoryDeliveryColumn
    };
    enum LogColumn {
        LogTimeColumn,
        LogCurrencyColumn,
        LogDeltaColumn,
        LogBalanceColumn,
        LogActionColumn,
        LogDeliveryColumn
    };
    enum MessageColumn {
        MessageTimeColumn,
        MessageChannelColumn,
        MessageAuthorColumn,
        MessageTextColumn,
        MessageDeliveryColumn
    };
    enum DeliveryColumn {
        DeliveryStatusColumn,
        DeliveryIdColumn,
        DeliveryTimeColumn,
        DeliveryWebhookColumn,
        DeliverySummaryColumn
    };
    enum ChannelMessageColumn {
        ChannelMessageTimeColumn,
        ChannelMessageAuthorColumn,
        ChannelMessageTextColumn,
        ChannelMessageDeliveryColumn
    };
    enum ChannelColumn { ChannelNameColumn, ChannelCountColumn };

    static QStringList fieldHeaders();
    static QStringList historyHeaders();
    static QStringList logHeaders();
    static QStringList messageHeaders();
    static QStringList deliveryHeaders();
    static QStringList channelMessageHeaders();
    static QStringList channelHeaders();

    static QList<UserViewRow> fields(const services::UserProfile &profile);
    // `fields` names the keys; a removed field shows its key.
    static QList<UserViewRow> history(const QList<services::HistoryEntry> &entries,
                                      const QList<services::CustomField> &fields);
    static QList<UserViewRow> log(const QList<services::GamificationEntry> &entries);
    static QList<UserViewRow> messages(const QList<services::MessageEntry> &entries);
    static QList<UserViewRow> deliveries(const QList<services::DeliveryRecord> &records);
    static QList<UserViewRow> channelMessages(const QList<services::MessageEntry> &entries);
    static QList<UserViewRow> channels(const QList<services::Channel> &channels);

    // What a delivery did, in one line: its reason, or the changes it applied.
    static QString deliverySummary(const services::DeliveryRecord &record);
    // The words of the source or action "manual": a change made by hand.
    static QString byHand();
};

} // namespace hb::ui
