#pragma once

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QTableView;

namespace hb::store {
class Database;
}

namespace hb::ui {

class DeliveriesModel;
class MessageLabel;

// A read-only view of the delivery log: the newest 200, filtered by status, with the selected
// delivery's request, reason and changes below. Re-runs stay on the command line for now.
class DeliveriesPage : public QWidget {
    Q_OBJECT
public:
    explicit DeliveriesPage(store::Database &db, QWidget *parent = nullptr);

    DeliveriesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *details() const { return m_details; }

public slots:
    void refresh();

private:
    void showDetails();

    store::Database &m_db;
    DeliveriesModel *m_model;
    QComboBox *m_status;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    MessageLabel *m_message;
};

} // namespace hb::ui
