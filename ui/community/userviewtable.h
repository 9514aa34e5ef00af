#pragma once

#include "userviewmodel.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QStackedLayout;

namespace hb::ui {

class LogTableView;

// One list of the user view (or the channels view): its table over a UserViewModel, or, while
// the list is empty, a sentence saying so ("No field changes yet"). A row that came from a
// delivery opens it: Enter or a double-click on the row, or a click on its "#12" link cell.
class UserViewTable : public QWidget {
    Q_OBJECT
public:
    // `name` names the table for tests and accessibility tools.
    UserViewTable(const QString &name, const QStringList &headers, QWidget *parent = nullptr);

    UserViewModel *model() const { return m_model; }
    LogTableView *view() const { return m_view; }
    QString emptyText() const;
    bool showsEmptyText() const;

    void setEmptyText(const QString &text);
    // Starting widths, each wide enough for its sample text; `stretch` takes the space left.
    void setColumnSamples(const QList<QPair<int, QString>> &samples, int stretch);
    // The newest rows again (see UserViewModel::setRows), the empty sentence when none.
    void setRows(QList<UserViewRow> rows, bool more);

signals:
    void deliveryRequested(qint64 deliveryId);

private:
    void open(const QModelIndex &index);
    void clickedCell(const QModelIndex &index);
    void showRowsOrText();

    UserViewModel *m_model;
    LogTableView *m_view;
    QLabel *m_empty;
    QStackedLayout *m_stack;
};

} // namespace hb::ui
