#include "negativecasesmodel.h"

#include "common/statusicons.h"

#include <QIcon>

#include <algorithm>

namespace hb::ui {

NegativeCasesModel::NegativeCasesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void NegativeCasesModel::setCases(const QList<delivery::NegativeCase> &cases)
{
    beginResetModel();
    m_rows.clear();
    for (const delivery::NegativeCase &testCase : cases)
        m_rows.append(Row{testCase, std::nullopt});
    m_running = -1;
    endResetModel();
}

void NegativeCasesModel::setRunning(int row)
{
    const int previous = m_running;
    m_running = row >= 0 && row < m_rows.size() ? row : -1;
    rowChanged(previous);
    rowChanged(m_running);
}

void NegativeCasesModel::setResult(int row, const delivery::NegativeResult &result)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].result = result;
    if (m_running == row)
        m_running = -1;
    rowChanged(row);
}

std::optional<delivery::NegativeResult> NegativeCasesModel::resultAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).result : std::nullopt;
}

int NegativeCasesModel::finishedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &row) { return row.result.has_value(); }));
}

int NegativeCasesModel::matchingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &row) {
        return row.result.has_value() && row.result->matches;
    }));
}

int NegativeCasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NegativeCasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NegativeCasesModel::resultText(int row) const
{
    const Row &entry = m_rows.at(row);
    if (entry.result)
        return entry.result->matches ? tr("matches") : tr("differs");
    return row == m_running ? tr("running…") : QString();
}

QVariant NegativeCasesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &entry = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case CaseColumn:
            return role == Qt::ToolTipRole ? entry.testCase.description : entry.testCase.title;
        case ExpectedColumn:
            return entry.testCase.expected.text();
        case ActualColumn:
            if (entry.result)
                return entry.result->actual.text();
            return index.row() == m_running ? tr("sending…") : QString();
        case ResultColumn:
            return resultText(index.row());
        default:
            return {};
        }
    }
    // The icon always goes with its words ("matches", "differs"): never colour alone.
    if (role == Qt::DecorationRole && column == ResultColumn) {
        if (entry.result)
            return entry.result->matches ? StatusIcons::success() : StatusIcons::failed();
        if (index.row() == m_running)
            return StatusIcons::pending();
    }
    return {};
}

QVariant NegativeCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case ExpectedColumn:
        return tr("Expected");
    case ActualColumn:
        return tr("Actual");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

void NegativeCasesModel::rowChanged(int row)
{
    if (row >= 0 && row < m_rows.size())
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace hb::ui
