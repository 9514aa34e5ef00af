#include "deliveryexportjob.h"

#include "services/deliveryexport.h"
#include "services/storeexecutor.h"

#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QTimer>

namespace hb::ui {
namespace {

// How often the progress dialog shows the figures while the reader thread writes.
constexpr int progressIntervalMs = 100;

} // namespace

DeliveryExportJob::DeliveryExportJob(services::StoreExecutor &executor, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_executor(executor)
    , m_dialogParent(dialogParent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(progressIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DeliveryExportJob::showProgress);
}

DeliveryExportJob::~DeliveryExportJob()
{
    // The page is going: the export running on the reader thread stops at its next batch.
    if (m_state)
        m_state->cancelled = true;
}

void DeliveryExportJob::start(const DeliveryExportDialog::Choice &choice, const QList<qint64> &ids,
                              const services::DeliveryFilter &filter)
{
    m_state = std::make_shared<State>();
    m_running = true;
    if (!m_progress) {
        m_progress = new QProgressDialog(m_dialogParent);
        m_progress->setObjectName(QStringLiteral("deliveryExportProgress"));
        m_progress->setWindowTitle(tr("Export deliveries"));
        m_progress->setWindowModality(Qt::WindowModal);
        // Shown at once: the reader thread may be busy with another read before it starts.
        m_progress->setMinimumDuration(0);
        m_progress->setAutoReset(false);
        m_progress->setAutoClose(false);
        connect(m_progress, &QProgressDialog::canceled, this, &DeliveryExportJob::cancel);
    }
    m_progress->setLabelText(tr("Exporting to %1…").arg(choice.path));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->show();
    m_timer->start();
    m_executor.read<qint64>(
        this,
        [state = m_state, choice, ids, filter](services::Connection &db) -> Result<qint64> {
            if (state->cancelled)
                return fail(QString(), ErrorKind::Cancelled);
            QSaveFile file(choice.path);
            if (!file.open(QIODevice::WriteOnly))
                return fail(tr("cannot write %1: %2").arg(choice.path, file.errorString()));
            const services::ExportProgress progress = [state](qint64 written, qint64 total) {
                state->written = written;
                state->total = total;
                return !state->cancelled;
            };
            services::DeliveryExport exporter(db);
            const Result<qint64> written =
                choice.selection
                    ? exporter.write(ids, choice.format, file, choice.secrets, progress)
                    : exporter.write(filter, 0, choice.format, file, choice.secrets, progress);
            if (!written) {
                file.cancelWriting(); // nothing half-written is left under the chosen name
                return written;
            }
            if (!file.commit())
                return fail(tr("cannot write %1: %2").arg(choice.path, file.errorString()));
            return written;
        },
        [this, path = choice.path](Result<qint64> written) { done(written, path); });
}

void DeliveryExportJob::cancel()
{
    if (m_state)
        m_state->cancelled = true;
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

void DeliveryExportJob::showProgress()
{
    if (!m_progress || !m_state)
        return;
    const qint64 total = m_state->total;
    if (total <= 0 || m_state->cancelled)
        return;
    // QProgressDialog counts in int: a million rows fit, and the figures are scaled beyond.
    const qint64 scale = total > 1000000000 ? total / 1000000 : 1;
    m_progress->setRange(0, int(total / scale));
    m_progress->setValue(int(m_state->written / scale));
    const QLocale locale;
    m_progress->setLabelText(
        tr("Exported %1 of %2 deliveries…")
            .arg(locale.toString(qint64(m_state->written)), locale.toString(total)));
}

void DeliveryExportJob::done(const Result<qint64> &written, const QString &path)
{
    m_timer->stop();
    m_running = false;
    m_state.reset();
    if (m_progress)
        m_progress->hide();
    emit finished(written, path);
}

} // namespace hb::ui
