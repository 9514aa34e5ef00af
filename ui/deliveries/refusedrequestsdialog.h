#pragma once

#include "common/logtableview.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

class QPushButton;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class MessageLabel;
class ReadOnlyTextView;
class RefusedRequestsModel;

// The requests the catcher refused before they were received (a missing or wrong API key or
// signature: 401; a disabled webhook: 403; an unknown token: 404), newest first, with the request
// as it arrived: where support staff look when a sender says "we sent it" and no delivery exists.
// Reads go through the StoreExecutor, never on the GUI thread. A wrong key is often a real one
// (an old key, another webhook's): key and signature values are masked (services::SecretMask)
// until "Reveal secrets" is pressed, which holds for every row while the dialog is open.
class RefusedRequestsDialog : public QDialog {
    Q_OBJECT
public:
    explicit RefusedRequestsDialog(services::StoreExecutor &reader, QWidget *parent = nullptr);

    RefusedRequestsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ReadOnlyTextView *requestView() const { return m_request; }
    MessageLabel *message() const { return m_message; }
    QPushButton *revealButton() const { return m_reveal; }
    bool isLoading() const { return m_loading; }

    // The Sender's link from a 401 or 403 answer: once the log is read again, selects the newest
    // request of `webhookName` refused with `status` at or after `sentAfter`, or says that none
    // is there (the catcher that answered may use another store than this window).
    void selectMatching(const QString &webhookName, int status, const QDateTime &sentAfter);

public slots:
    void refresh();

private:
    // What selectMatching() looks for, until the next load is shown.
    struct Match {
        QString webhookName;
        int status = 0;
        QDateTime sentAfter;
    };

    void showSelected();
    void selectMatch(const Match &match);

    services::StoreExecutor &m_reader;
    RefusedRequestsModel *m_model;
    LogTableView *m_table;
    ReadOnlyTextView *m_request;
    MessageLabel *m_message;
    QPushButton *m_reveal = nullptr;
    bool m_loading = false;
    std::optional<Match> m_match;
    bool m_loadAgain = false; // asked for a match while an older load was running
};

} // namespace hb::ui
