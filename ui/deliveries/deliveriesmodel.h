#pragma once

#include "services/records.h"

#include <QAbstractTableModel>
#include <QList>

namespace hb::ui {

// The delivery log as rows (status, received, webhook, user, summary), over a value snapshot of
// records that the page reads and hands over whole.
class DeliveriesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        ReceivedColumn,
        WebhookColumn,
        UserColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };

    explicit DeliveriesModel(QObject *parent = nullptr);

    void setRecords(QList<services::DeliveryRecord> records);
    const services::DeliveryRecord *record(int row) const;
    // "2 changes", the failure reason, "waiting to be processed" (stale: "pending for over an
    // hour").
    static QString summary(const services::DeliveryRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<services::DeliveryRecord> m_records;
};

} // namespace hb::ui
