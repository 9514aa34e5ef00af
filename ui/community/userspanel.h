#pragma once

#include "common/result.h"
#include "services/communityservice.h"
#include "services/records.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class MessageLabel;
class UsersModel;

// The Users tab of the Community page: a search box, the users table (sorted by any column) and
// what support staff do to a user by hand: Add…, Edit…, Remove, Set value…, Import users…,
// Export users…. Every write runs on the store executor through CommunityService; the table
// follows through the page's refresh (StoreEvents), keeping the selected user selected.
class UsersPanel : public QWidget {
    Q_OBJECT
public:
    UsersPanel(services::StoreExecutor &store, MessageLabel *message, QWidget *parent = nullptr);

    UsersModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    void setCommunity(QList<services::User> users, QList<mapping::CustomField> fields);
    // The selected user's id, or 0.
    qint64 selectedUserId() const;
    void selectUser(qint64 userId);

public slots:
    void addUser();
    void editUser(qint64 userId);
    void editSelected() { editUser(selectedUserId()); }
    // Asks first, naming the user.
    void removeSelected();
    void setValueOfSelected(const QString &key = {});
    void chooseExportFile();
    void exportTo(const QString &path);

signals:
    // Double-click or Enter on a row.
    void activated(qint64 userId);
    void importRequested();

private:
    QPushButton *button(const QString &text, const char *name, const QString &tip);
    void updateButtons();
    void saveUser(class UserDialog *dialog, const services::UserEdit &edit);
    void setValue(class SetValueDialog *dialog, qint64 userId, const QString &key,
                  const QString &text);

    services::StoreExecutor &m_store;
    MessageLabel *m_message;
    UsersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    qint64 m_selectAfterRefresh = 0; // a user just added or saved
    QPushButton *m_add, *m_edit, *m_remove, *m_setValue, *m_import, *m_export;
};

} // namespace hb::ui
