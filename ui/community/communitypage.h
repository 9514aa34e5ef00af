#pragma once

#include "common/result.h"

#include <QWidget>

class QProgressDialog;
class QPushButton;
class QTableView;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class MessageLabel;
class UserImport;
class UsersModel;

// The community: users with balances and custom field values, and "Import users…" from a CSV
// file (SPEC §7's format) with a progress bar and Cancel. Edits stay on the command line (user
// add, field add) for now. Reads and the import go through the StoreExecutor, one at a time:
// refreshes asked meanwhile become one more read.
class CommunityPage : public QWidget {
    Q_OBJECT
public:
    explicit CommunityPage(services::StoreExecutor &reader, QWidget *parent = nullptr);

    UsersModel *model() const { return m_model; }
    bool isLoading() const { return m_reading; }

public slots:
    void refresh();
    // Asks for a CSV file, then imports it.
    void chooseImportFile();
    // Imports `path` (all users or none), showing progress; the page says how it ended.
    void importFile(const QString &path);

private:
    void showImportProgress(bool writing, qint64 done, qint64 total);
    void showImportResult(const Result<int> &imported);

    services::StoreExecutor &m_reader;
    UsersModel *m_model;
    QTableView *m_table;
    MessageLabel *m_message;
    QPushButton *m_importButton;
    UserImport *m_import;
    QProgressDialog *m_progress = nullptr;
    bool m_reading = false;
    bool m_readAgain = false;
    bool m_keepMessage = false;
};

} // namespace hb::ui
