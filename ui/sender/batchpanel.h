#pragma once

#include "sendtarget.h"

#include "delivery/batchrows.h"
#include "delivery/batchsummary.h"
#include "delivery/bodytemplate.h"

#include <QWidget>

#include <optional>

class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace hb::delivery {
class BatchSender;
}

namespace hb::ui {

class BatchSummaryView;
class MessageLabel;
class WorkerThread;

// The Sender page's Batch tab (issue 15): one request per row of a CSV or JSON-lines file to the
// Compose tab's target, the body a template with {{column}} placeholders. The requests go out
// from a worker thread (nothing is sent on the GUI thread); progress and the summary come back
// as queued signals.
class BatchPanel : public QWidget {
    Q_OBJECT
public:
    explicit BatchPanel(QWidget *parent = nullptr);
    ~BatchPanel() override;

    // Where and as what to send, from the Compose tab. An empty template is prefilled with the
    // target's payload, so a tester starts from the body they already send.
    void setTarget(const SendTarget &target);
    // Reads the rows file and shows what it holds ("1000 rows, columns: email, coins").
    void setRowsFile(const QString &path);
    bool isRunning() const { return m_running; }

    QLineEdit *rowsFileEdit() const { return m_rowsFile; }
    QPushButton *chooseRowsButton() const { return m_chooseRows; }
    MessageLabel *rowsMessage() const { return m_rowsMessage; }
    QPlainTextEdit *templateEdit() const { return m_template; }
    MessageLabel *templateMessage() const { return m_templateMessage; }
    QSpinBox *concurrencySpin() const { return m_concurrency; }
    QDoubleSpinBox *rateSpin() const { return m_rate; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    MessageLabel *startMessage() const { return m_startMessage; }
    QProgressBar *progressBar() const { return m_progress; }
    BatchSummaryView *summaryView() const { return m_summary; }

signals:
    // The batch ended (also cancelled); for the page and tests.
    void batchFinished(const hb::delivery::BatchSummary &summary);

private:
    void chooseRowsFile();
    void templateChanged();
    void updateState();
    QString whyNotStart() const;
    void start();
    void cancel();
    void onProgress(int done, int total);
    void onFinished(const delivery::BatchSummary &summary);

    QLineEdit *m_rowsFile;
    QPushButton *m_chooseRows;
    MessageLabel *m_rowsMessage;
    QPlainTextEdit *m_template;
    MessageLabel *m_templateMessage;
    QSpinBox *m_concurrency;
    QDoubleSpinBox *m_rate;
    QPushButton *m_start;
    QPushButton *m_cancel;
    MessageLabel *m_startMessage;
    QProgressBar *m_progress;
    BatchSummaryView *m_summary;

    SendTarget m_target;
    std::optional<delivery::BatchRows> m_rows;
    QString m_rowsError;
    std::optional<delivery::BodyTemplate> m_bodyTemplate;
    QString m_templateError;
    WorkerThread *m_worker;
    delivery::BatchSender *m_sender; // lives on m_worker's thread: queued calls only
    bool m_running = false;
    bool m_cancelling = false;
};

} // namespace hb::ui
