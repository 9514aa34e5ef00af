#pragma once

#include <QWidget>

class QTableView;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class MessageLabel;
class UsersModel;

// A read-only view of the community: users with balances and custom field values. Imports and
// edits stay on the command line (hookbench user import, field add) for now. Reads go through the
// StoreExecutor, one at a time: refreshes asked meanwhile become one more read.
class CommunityPage : public QWidget {
    Q_OBJECT
public:
    explicit CommunityPage(services::StoreExecutor &reader, QWidget *parent = nullptr);

    UsersModel *model() const { return m_model; }
    bool isLoading() const { return m_reading; }

public slots:
    void refresh();

private:
    services::StoreExecutor &m_reader;
    UsersModel *m_model;
    QTableView *m_table;
    MessageLabel *m_message;
    bool m_reading = false;
    bool m_readAgain = false;
};

} // namespace hb::ui
