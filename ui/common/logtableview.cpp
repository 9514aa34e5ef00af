#include "logtableview.h"

#include <QHeaderView>

namespace hb::ui {

LogTableView::LogTableView(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(objectName);
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
}

void LogTableView::setColumnWidths(const QList<QPair<int, int>> &widths)
{
    for (const auto &[column, width] : widths)
        setColumnWidth(column, width);
}

} // namespace hb::ui
