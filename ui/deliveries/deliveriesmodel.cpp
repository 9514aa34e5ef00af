#include "deliveriesmodel.h"

#include "common/localtime.h"
#include "common/statusicons.h"

namespace hb::ui {

DeliveriesModel::DeliveriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeliveriesModel::setRecords(QList<services::DeliveryRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

const services::DeliveryRecord *DeliveriesModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

QString DeliveriesModel::summary(const services::DeliveryRecord &record)
{
    switch (record.status) {
    case DeliveryStatus::Failed:
    case DeliveryStatus::Skipped:
        return record.reason;
    case DeliveryStatus::Success: {
        const qsizetype changes = record.changes.size();
        return changes == 1 ? tr("1 change") : tr("%1 changes").arg(changes);
    }
    case DeliveryStatus::Sample:
        return tr("sample for designing: changes nobody until applied");
    case DeliveryStatus::Pending:
        break;
    }
    return record.stale ? tr("pending for over an hour: is a processor running?")
                        : tr("waiting to be processed");
}

int DeliveriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int DeliveriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::DeliveryRecord &record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return StatusIcons::describe(record.status);
        case ReceivedColumn:
            return LocalTime::text(record.receivedAt);
        case WebhookColumn:
            return record.webhookName;
        case UserColumn:
            return record.userLabel;
        case SummaryColumn:
            return summary(record);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusIcons::forStatus(record.status);
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn)
            return StatusIcons::describe(record.status);
        if (index.column() == SummaryColumn)
            return summary(record);
        break;
    case IdRole:
        return record.id;
    case StatusRole:
        return deliveryStatusName(record.status);
    }
    return {};
}

QVariant DeliveriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case ReceivedColumn:
        return tr("Received");
    case WebhookColumn:
        return tr("Webhook");
    case UserColumn:
        return tr("User");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

} // namespace hb::ui
