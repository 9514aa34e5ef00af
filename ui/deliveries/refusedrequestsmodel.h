#pragma once

#include "services/records.h"

#include <QAbstractTableModel>
#include <QList>

namespace hb::ui {

// The catcher's log of refused requests (never deliveries: 401 without the right key or
// signature, 403, 404) as rows, newest first, over a snapshot the dialog reads and hands over.
class RefusedRequestsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { AtColumn, StatusColumn, WebhookColumn, FromColumn, ReasonColumn, ColumnCount };

    explicit RefusedRequestsModel(QObject *parent = nullptr);

    void setEntries(QList<services::RejectedRequest> entries);
    const services::RejectedRequest *entry(int row) const;
    // The request as it arrived, for reading: request line, headers, then the body's first
    // bytes (as text when UTF-8, else as a hex dump).
    static QString requestText(const services::RejectedRequest &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<services::RejectedRequest> m_entries;
};

} // namespace hb::ui
