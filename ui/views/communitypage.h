#pragma once

#include <QWidget>

class QTableView;

namespace hb::store {
class Database;
}

namespace hb::ui {

class MessageLabel;
class UsersModel;

// A read-only view of the community: users with balances and custom field values. Imports and
// edits stay on the command line (hookbench user import, field add) for now.
class CommunityPage : public QWidget {
    Q_OBJECT
public:
    explicit CommunityPage(store::Database &db, QWidget *parent = nullptr);

    UsersModel *model() const { return m_model; }

public slots:
    void refresh();

private:
    store::Database &m_db;
    UsersModel *m_model;
    QTableView *m_table;
    MessageLabel *m_message;
};

} // namespace hb::ui
