#pragma once

#include <QWidget>

class QAbstractItemModel;
class QPushButton;
class QTableView;

namespace hb::ui {

// A small editable table with Add and Remove under it (the Sender's headers and form fields).
// Add appends a row to the model and starts editing its first cell; Remove takes the current row
// when the model allows it (a model refuses rows that are not the tester's to remove).
class RowsTableEditor : public QWidget {
    Q_OBJECT
public:
    RowsTableEditor(QAbstractItemModel *model, const QString &addText, const QString &removeText,
                    QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // Appends an empty row and opens its first cell for typing.
    void addRow();

private:
    void updateRemove();

    QAbstractItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace hb::ui
