#pragma once

#include "common/result.h"
#include "deliveryexportdialog.h"
#include "services/records.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <memory>

class QTimer;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

// One export of the Deliveries page run on the store reader's thread (its connection, no SQL on
// the GUI thread), written to a QSaveFile so the file is whole or not there at all, with a
// progress dialog (written of total) whose Cancel stops it after the batch being written.
class DeliveryExportJob : public QObject {
    Q_OBJECT
public:
    DeliveryExportJob(services::StoreExecutor &executor, QWidget *dialogParent);
    ~DeliveryExportJob() override;

    // Exports `ids` when `choice.selection`, else every delivery `filter` matches.
    void start(const DeliveryExportDialog::Choice &choice, const QList<qint64> &ids,
               const services::DeliveryFilter &filter);
    bool isRunning() const { return m_running; }
    QProgressDialog *progressDialog() const { return m_progress; }
    void cancel();

signals:
    // How many were written to `path`, or why not (ErrorKind::Cancelled when cancelled).
    void finished(const hb::Result<qint64> &written, const QString &path);

private:
    // Shared with the reader thread: it writes the figures, the GUI thread reads them on a timer
    // (a queued call per batch would pile up behind a slow GUI).
    struct State {
        std::atomic<qint64> written{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancelled{false};
    };

    void showProgress();
    void done(const hb::Result<qint64> &written, const QString &path);

    services::StoreExecutor &m_executor;
    QWidget *m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    QTimer *m_timer;
    std::shared_ptr<State> m_state;
    bool m_running = false;
};

} // namespace hb::ui
