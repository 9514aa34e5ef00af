#include "refusedrequestsmodel.h"
#include "services/records.h"

#include "common/localtime.h"
#include "hexdump.h"

#include <QStringDecoder>

namespace hb::ui {

RefusedRequestsModel::RefusedRequestsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RefusedRequestsModel::setEntries(QList<services::RejectedRequest> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const services::RejectedRequest *RefusedRequestsModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QString RefusedRequestsModel::requestText(const services::RejectedRequest &entry)
{
    QString text = QString::fromUtf8(entry.method) + QLatin1Char(' ')
                   + services::headerText(entry.target) + QLatin1Char('\n');
    for (const auto &[name, value] : entry.headers)
        text += services::headerText(name) + QStringLiteral(": ") + services::headerText(value)
                + QLatin1Char('\n');
    if (entry.bodyHead.isEmpty())
        return text + tr("\n(no body)");
    // Not stateless: a character cut by the 4 KiB limit waits for bytes that never come instead
    // of making the whole body read as binary.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString body = decoder.decode(entry.bodyHead);
    const bool cut = entry.bodyHead.size() >= services::refusedBodyHeadSize;
    if (decoder.hasError() || HexDump::hasControlBytes(entry.bodyHead)) {
        const QString what = cut ? tr("(a binary body; its first %1 bytes, in hex)")
                                 : tr("(a binary body of %1 bytes, in hex)");
        return text + QLatin1Char('\n') + what.arg(entry.bodyHead.size()) + QLatin1Char('\n')
               + HexDump::preview(entry.bodyHead, services::refusedBodyHeadSize);
    }
    text += QLatin1Char('\n') + body;
    if (cut)
        text += tr("\n… (only the first %1 bytes are kept)").arg(services::refusedBodyHeadSize);
    return text;
}

int RefusedRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RefusedRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefusedRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::RejectedRequest &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == AtColumn)
        return entry.at;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AtColumn: {
        return LocalTime::text(entry.at);
    }
    case StatusColumn:
        return entry.status;
    case WebhookColumn:
        return entry.webhookName.isEmpty() ? tr("— (unknown token)") : entry.webhookName;
    case FromColumn:
        return entry.remoteAddress;
    case ReasonColumn:
        return entry.reason;
    default:
        return {};
    }
}

QVariant RefusedRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn:
        return tr("Refused");
    case StatusColumn:
        return tr("Answer");
    case WebhookColumn:
        return tr("Webhook");
    case FromColumn:
        return tr("From");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace hb::ui
