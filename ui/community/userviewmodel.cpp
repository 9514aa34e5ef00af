#include "userviewmodel.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

namespace hb::ui {

UserViewModel::UserViewModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{}

qsizetype UserViewModel::newRowsAbove(const QList<UserViewRow> &rows) const
{
    if (m_rows.isEmpty() || rows.isEmpty())
        return -1;
    qsizetype above = 0;
    while (above < rows.size() && rows.at(above).id != m_rows.constFirst().id)
        ++above;
    if (above == rows.size())
        return -1;
    const qsizetype overlap = qMin(m_rows.size(), rows.size() - above);
    for (qsizetype i = 0; i < overlap; ++i) {
        if (rows.at(above + i).id != m_rows.at(i).id)
            return -1;
    }
    return above;
}

void UserViewModel::setRows(QList<UserViewRow> rows, bool more)
{
    // Whoever hears of the change (a view, a tester) may ask for more at once: not before the
    // rows and the paging state are both this list's.
    m_changing = true;
    const qsizetype above = newRowsAbove(rows);
    if (above < 0) {
        beginResetModel();
        m_rows = std::move(rows);
        m_more = more;
        m_fetching = false;
        m_changing = false;
        endResetModel();
        return;
    }
    if (above > 0) {
        beginInsertRows({}, 0, int(above - 1));
        m_rows.insert(0, above, UserViewRow());
        for (qsizetype i = 0; i < above; ++i)
            m_rows[i] = rows.at(i);
        endInsertRows();
    }
    // The rows both lists hold may have changed (a delivery re-run since): said in place.
    const qsizetype kept = qMin(m_rows.size(), rows.size());
    for (qsizetype i = above; i < kept; ++i)
        m_rows[i] = rows.at(i);
    if (kept > above)
        emit dataChanged(index(int(above), 0), index(int(kept - 1), columnCount() - 1));
    if (rows.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(rows.size() - 1));
        m_rows.append(rows.mid(m_rows.size()));
        endInsertRows();
    } else if (rows.size() < m_rows.size()) {
        beginRemoveRows({}, int(rows.size()), int(m_rows.size() - 1));
        m_rows.resize(rows.size());
        endRemoveRows();
    }
    m_more = more;
    m_fetching = false;
    m_changing = false;
}

void UserViewModel::appendRows(QList<UserViewRow> rows, bool more)
{
    if (!rows.isEmpty()) {
        m_changing = true; // see setRows()
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(std::move(rows));
        endInsertRows();
        m_changing = false;
    }
    m_more = more;
    m_fetching = false;
}

const UserViewRow *UserViewModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int UserViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserViewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant UserViewModel::cellData(const UserViewCell &cell, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? cell.text : cell.toolTip;
    case Qt::AccessibleTextRole:
        return cell.toolTip.isEmpty() ? cell.text : cell.text + QStringLiteral(": ") + cell.toolTip;
    case Qt::DecorationRole:
        return cell.icon.isNull() ? QVariant() : QVariant(cell.icon);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter
                                   | (cell.number ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::FontRole: {
        if (!cell.monospace && !cell.link)
            return {};
        QFont font = cell.monospace ? QFontDatabase::systemFont(QFontDatabase::FixedFont)
                                    : QGuiApplication::font();
        font.setUnderline(cell.link);
        return font;
    }
    case Qt::ForegroundRole:
        // From the palette, so that a dark theme keeps them readable.
        if (cell.link)
            return QGuiApplication::palette().link();
        if (cell.dim)
            return QGuiApplication::palette().placeholderText();
        return {};
    default:
        return {};
    }
}

QVariant UserViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserViewRow &row = m_rows.at(index.row());
    if (role == DeliveryIdRole)
        return row.deliveryId;
    if (role == RowIdRole)
        return row.id;
    if (index.column() >= row.cells.size())
        return {};
    return cellData(row.cells.at(index.column()), role);
}

QVariant UserViewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_headers.at(section);
    return {};
}

bool UserViewModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching && !m_changing;
}

void UserViewModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit moreWanted(oldestId());
}

} // namespace hb::ui
