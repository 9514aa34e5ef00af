#pragma once

#include <QList>
#include <QPair>
#include <QTableView>

namespace hb::ui {

// A log read one row at a time (deliveries, refused requests): whole rows selected, one at a
// time, nothing edited in place, no row numbers, the last column (the words) stretched.
class LogTableView : public QTableView {
    Q_OBJECT
public:
    // `objectName` names it for tests and accessibility tools.
    LogTableView(const QString &objectName, QAbstractItemModel *model, QWidget *parent = nullptr);
    // Starting widths, by column; the user can still drag them.
    void setColumnWidths(const QList<QPair<int, int>> &widths);
};

} // namespace hb::ui
