#pragma once

#include "delivery/negativecase.h"
#include "sendtarget.h"

#include <QList>
#include <QWidget>

#include <memory>

class QPushButton;
class QTableView;

namespace hb::delivery {
class NegativeRunner;
}

namespace hb::ui {

class MessageLabel;
class NegativeCasesModel;
class ReadOnlyTextView;
class WorkerThread;

// The Sender's Negative cases tab (SPEC §7, like `send --negative`): runs every negative case
// that applies to the Compose tab's webhook against its URL and shows, case by case, what the
// catcher promises and what it did. The runner works on a thread of its own (nothing is sent on
// the GUI thread) and follows each 202 in the store at `storeLocation` through its own
// connection, opened and closed on that thread.
class NegativeCasesPanel : public QWidget {
    Q_OBJECT
public:
    explicit NegativeCasesPanel(const QString &storeLocation, QWidget *parent = nullptr);
    ~NegativeCasesPanel() override;

    // What the Compose tab sends to; the next run uses it (a run going on keeps its own).
    void setTarget(const SendTarget &target);
    bool isRunning() const { return m_running; }

    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    NegativeCasesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MessageLabel *message() const { return m_message; }
    ReadOnlyTextView *details() const { return m_details; }

public slots:
    // Refused, with a message, without a target or for a disabled webhook.
    void run();
    void cancel();

private:
    void caseStarted(int index);
    void caseFinished(int index, const delivery::NegativeResult &result);
    void runFinished(const QList<delivery::NegativeResult> &results, bool cancelled);
    void updateButtons();
    void showSelected();

    QString m_storeLocation;
    SendTarget m_target;
    bool m_running = false;
    std::unique_ptr<WorkerThread> m_worker;
    delivery::NegativeRunner *m_runner; // lives on m_worker's thread
    NegativeCasesModel *m_model;
    QPushButton *m_run;
    QPushButton *m_cancel;
    MessageLabel *m_message;
    QTableView *m_table;
    ReadOnlyTextView *m_details;
};

} // namespace hb::ui
