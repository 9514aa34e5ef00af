#include "senderheadersmodel.h"

#include <QFont>

namespace hb::ui {
namespace {

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

SenderHeadersModel::SenderHeadersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SenderHeadersModel::setWebhookHeaders(const QList<Preview> &headers)
{
    QList<Row> rows;
    for (const Preview &preview : headers) {
        Row row;
        row.name = preview.name;
        row.preview = preview;
        row.fromWebhook = true;
        for (const Row &old : std::as_const(m_rows)) {
            if (old.fromWebhook && sameName(old.name, preview.name)) {
                row.enabled = old.enabled;
                row.edited = old.edited;
                row.value = old.value;
            }
        }
        rows << row;
    }
    for (const Row &old : std::as_const(m_rows)) {
        if (!old.fromWebhook)
            rows << old;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

delivery::HeaderEdits SenderHeadersModel::edits() const
{
    delivery::HeaderEdits edits;
    for (const Row &row : m_rows) {
        const QByteArray name = row.name.trimmed().toUtf8();
        if (name.isEmpty())
            continue;
        if (row.fromWebhook && !row.enabled)
            edits.append({name, {}, true});
        else if (row.enabled && (row.edited || !row.fromWebhook))
            edits.append({name, row.value.toUtf8()});
    }
    return edits;
}

void SenderHeadersModel::setEdits(const delivery::HeaderEdits &edits)
{
    beginResetModel();
    m_rows.removeIf([](const Row &row) { return !row.fromWebhook; });
    for (Row &row : m_rows) {
        row.enabled = true;
        row.edited = false;
        row.value.clear();
    }
    for (const delivery::HeaderEdit &edit : edits) {
        const QString name = QString::fromUtf8(edit.name);
        auto own = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &row) {
            return row.fromWebhook && sameName(row.name, name);
        });
        if (own != m_rows.end()) {
            own->enabled = !edit.remove;
            own->edited = !edit.remove;
            own->value = QString::fromUtf8(edit.value);
        } else if (!edit.remove) {
            Row row;
            row.name = name;
            row.value = QString::fromUtf8(edit.value);
            m_rows << row;
        }
    }
    endResetModel();
    emit editsChanged();
}

bool SenderHeadersModel::isFromWebhook(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).fromWebhook;
}

bool SenderHeadersModel::isEdited(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).edited;
}

int SenderHeadersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SenderHeadersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SenderHeadersModel::displayValue(const Row &row) const
{
    return row.fromWebhook && !row.edited ? row.preview.value : row.value;
}

QString SenderHeadersModel::fromText(const Row &row) const
{
    if (!row.fromWebhook)
        return tr("added");
    if (!row.enabled)
        return tr("left out");
    return row.edited ? tr("overridden") : tr("webhook");
}

QVariant SenderHeadersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.name;
        if (role == Qt::CheckStateRole)
            return row.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Untick to leave this header out of the request");
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return displayValue(row);
        if (role == Qt::EditRole)
            return row.fromWebhook && !row.edited ? row.preview.editorValue : row.value;
        if (role == Qt::FontRole && row.fromWebhook && !row.edited) {
            QFont font;
            font.setItalic(true); // computed when sent, not a literal value
            return font;
        }
        if (role == Qt::ToolTipRole)
            return row.fromWebhook && !row.edited
                       ? tr("Made by the webhook's settings when sent; type a value to send that "
                            "instead")
                       : tr("Sent as typed");
        break;
    case FromColumn:
        if (role == Qt::DisplayRole)
            return fromText(row);
        break;
    default:
        break;
    }
    return {};
}

bool SenderHeadersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == NameColumn && role == Qt::CheckStateRole) {
        row.enabled = value.toInt() == Qt::Checked;
    } else if (index.column() == NameColumn && role == Qt::EditRole && !row.fromWebhook) {
        row.name = value.toString().trimmed();
    } else if (index.column() == ValueColumn && role == Qt::EditRole) {
        const QString text = value.toString();
        if (row.fromWebhook && !row.edited && text == row.preview.editorValue)
            return false; // opened and closed without a change: still the webhook's
        row.value = text;
        row.edited = row.fromWebhook;
    } else {
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit editsChanged();
    return true;
}

Qt::ItemFlags SenderHeadersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Row &row = m_rows.at(index.row());
    if (index.column() == NameColumn) {
        flags |= Qt::ItemIsUserCheckable;
        if (!row.fromWebhook)
            flags |= Qt::ItemIsEditable;
    } else if (index.column() == ValueColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant SenderHeadersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Header");
    case ValueColumn:
        return tr("Value");
    case FromColumn:
        return tr("From");
    default:
        return {};
    }
}

bool SenderHeadersModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count < 1 || row < 0 || row > m_rows.size())
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_rows.insert(row, Row{});
    endInsertRows();
    emit editsChanged();
    return true;
}

bool SenderHeadersModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count < 1 || row < 0 || row + count > m_rows.size())
        return false;
    for (int i = row; i < row + count; ++i) {
        if (m_rows.at(i).fromWebhook)
            return false;
    }
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    emit editsChanged();
    return true;
}

} // namespace hb::ui
