#include "processorworker.h"

#include "deliveryprocessor.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QTimer>

namespace hb::delivery {
namespace {

constexpr int pollIntervalMs = 500;
// Small batches cost no throughput (bench_processing: the same rate from 50 to 500 a batch), and
// the catcher's writer, whose turn for the write lock comes after the batch, waits no longer
// than one batch.
constexpr int batchSize = 200;
constexpr int batchLockMs = 5;

} // namespace

ProcessorWorker::ProcessorWorker(QString dbLocation, QObject *parent)
    : QObject(parent)
    , m_dbLocation(std::move(dbLocation))
{}

ProcessorWorker::~ProcessorWorker() = default;

void ProcessorWorker::start()
{
    if (m_processor)
        return;
    auto db = std::make_unique<store::Database>(m_dbLocation);
    if (hb::Status status = db->open(); !status) {
        emit failedToOpen(status.error());
        return;
    }
    m_db = std::move(db);
    m_processor = std::make_unique<DeliveryProcessor>(*m_db);
    if (!m_pollTimer) {
        m_pollTimer = new QTimer(this);
        m_pollTimer->setInterval(pollIntervalMs);
        // Deliveries written by other processes (the CLI, another serve) have no wake() for us.
        connect(m_pollTimer, &QTimer::timeout, this, &ProcessorWorker::wake);
    }
    if (!m_resumeTimer) {
        m_resumeTimer = new QTimer(this);
        m_resumeTimer->setSingleShot(true);
        connect(m_resumeTimer, &QTimer::timeout, this, &ProcessorWorker::drain);
    }
    m_pollTimer->start();
    wake();
}

void ProcessorWorker::wake()
{
    if (!m_processor || m_draining)
        return;
    m_draining = true;
    // Queued, so that many wake() calls in a row coalesce into one drain.
    QMetaObject::invokeMethod(this, &ProcessorWorker::drain, Qt::QueuedConnection);
}

void ProcessorWorker::drain()
{
    m_draining = false;
    if (!m_processor)
        return;
    QElapsedTimer batchTime;
    batchTime.start();
    auto processedCount = m_processor->processPending(batchSize, batchLockMs);
    if (!processedCount) {
        emit processingError(processedCount.error());
        return; // the poll timer tries again
    }
    if (*processedCount > 0)
        emit processed(m_processor->lastProcessed());
    if (!m_processor->lastFailed().isEmpty())
        emit failed(m_processor->lastFailed());
    if (m_processor->stoppedEarly()) {
        // A backlog: without a pause the next batch would queue for the write lock at once and
        // the catcher would get one short turn per batch (measured: 2,000-5,000 requests/s
        // instead of 18,000 while 200,000 deliveries waited). Pausing as long as the batch took
        // leaves the writer at least half of the lock until the backlog is gone.
        m_draining = true;
        m_resumeTimer->start(int(batchTime.elapsed()));
    } else if (*processedCount > 0) {
        // More may have arrived meanwhile: go on until a batch finds nothing, after the events
        // that queued meanwhile (stop()).
        wake();
    }
}

void ProcessorWorker::stop()
{
    if (m_pollTimer)
        m_pollTimer->stop();
    if (m_resumeTimer)
        m_resumeTimer->stop();
    m_draining = false;
    m_processor.reset();
    m_db.reset();
}

} // namespace hb::delivery
