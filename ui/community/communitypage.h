#pragma once

#include "common/result.h"
#include "services/communityservice.h"

#include <QWidget>

class QProgressDialog;
class QTabWidget;
class QTimer;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class ChannelsView;
class FieldsPanel;
class MessageLabel;
class UserImport;
class UsersModel;
class UsersPanel;

// The community: a Users tab (search, sort, a column per custom field, coins and XP; add, edit,
// remove, set a value by hand, import and export CSV), a Fields tab (add, rename, remove) and a
// Channels tab (their messages); a user opens in a UserView with their histories. Reads and writes
// go through the StoreExecutor, one read at a time: refreshes asked meanwhile become one more read.
// The page follows changes without Refresh: this process's through StoreEvents, other processes'
// (serve, the CLI) by polling the community's version (cheap) every two seconds while the page is
// shown.
class CommunityPage : public QWidget {
    Q_OBJECT
public:
    explicit CommunityPage(services::StoreExecutor &reader, QWidget *parent = nullptr);

    UsersModel *model() const;
    UsersPanel *usersPanel() const { return m_users; }
    FieldsPanel *fieldsPanel() const { return m_fields; }
    QTabWidget *tabs() const { return m_tabs; }
    ChannelsView *channelsView() const { return m_channels; }
    bool isLoading() const { return m_reading; }
    void setPollInterval(int milliseconds);

public slots:
    void refresh();
    // Asks for a CSV file, then imports it.
    void chooseImportFile();
    // Imports `path` (all users or none), showing progress; the page says how it ended.
    void importFile(const QString &path);

signals:
    // A user was opened (double-click or Enter on a row): the page shows their UserView.
    void userOpened(qint64 userId);
    // A delivery named in a user's histories or a channel's messages was asked for.
    void deliveryRequested(qint64 deliveryId);
    // The poll found the community changed by processing or another process.
    void changedElsewhere();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openUser(qint64 userId);
    void poll();
    void showImportProgress(bool writing, qint64 done, qint64 total);
    void showImportResult(const Result<int> &imported);

    services::StoreExecutor &m_reader;
    MessageLabel *m_message;
    QTabWidget *m_tabs;
    UsersPanel *m_users;
    FieldsPanel *m_fields;
    ChannelsView *m_channels;
    UserImport *m_import;
    QTimer *m_poll;
    QProgressDialog *m_progress = nullptr;
    services::CommunityVersion m_version; // of the last read shown
    bool m_reading = false;
    bool m_readAgain = false;
    bool m_polling = false;
    bool m_keepMessage = false;
    bool m_stateMessage = false; // the message is the page's loading state, not an edit's word
};

} // namespace hb::ui
