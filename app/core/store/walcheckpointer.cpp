#include "walcheckpointer.h"

#include <QHash>
#include <QThread>

#include <sqlite3.h>

namespace hb::store {
namespace {

// Checkpointers by database file, for the WAL hooks of every connection in this process.
std::mutex registryMutex;
QHash<QString, WalCheckpointer *> &registry()
{
    static QHash<QString, WalCheckpointer *> checkpointers;
    return checkpointers;
}

} // namespace

std::unique_ptr<WalCheckpointer> WalCheckpointer::start(const QString &fileKey, QString *error)
{
    sqlite3 *db = nullptr;
    // A connection learns that the file is in WAL mode only when it first reads it; until then
    // a checkpoint is a silent no-op. The PRAGMA reads it (and keeps WAL, as Database sets it).
    if (sqlite3_open_v2(fileKey.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
            != SQLITE_OK
        || sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot open %1 for checkpoints: %2")
                     .arg(fileKey, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        return nullptr;
    }
    std::unique_ptr<WalCheckpointer> checkpointer(new WalCheckpointer(fileKey, db));
    checkpointer->m_thread.reset(QThread::create([raw = checkpointer.get()] { raw->run(); }));
    checkpointer->m_thread->setObjectName(QStringLiteral("hookbench-wal"));
    checkpointer->m_thread->start();
    std::lock_guard<std::mutex> locker(registryMutex);
    registry().insert(fileKey, checkpointer.get());
    return checkpointer;
}

WalCheckpointer::WalCheckpointer(QString fileKey, sqlite3 *db)
    : m_fileKey(std::move(fileKey))
    , m_db(db)
{}

WalCheckpointer::~WalCheckpointer()
{
    {
        // Under the registry's lock: a hook that found this checkpointer is done with it.
        std::lock_guard<std::mutex> locker(registryMutex);
        if (registry().value(m_fileKey) == this)
            registry().remove(m_fileKey);
    }
    {
        std::lock_guard<std::mutex> locker(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread->wait();
    sqlite3_close(m_db);
}

bool WalCheckpointer::notifyCommit(const QString &fileKey, int frames)
{
    std::lock_guard<std::mutex> locker(registryMutex);
    WalCheckpointer *checkpointer = registry().value(fileKey);
    if (!checkpointer)
        return false;
    checkpointer->committed(frames);
    return true;
}

void WalCheckpointer::waitForCopy(const QString &fileKey)
{
    // The registry stays locked meanwhile, so the checkpointer cannot go away under the wait.
    std::lock_guard<std::mutex> registryLocker(registryMutex);
    WalCheckpointer *checkpointer = registry().value(fileKey);
    if (!checkpointer)
        return;
    std::unique_lock<std::mutex> locker(checkpointer->m_mutex);
    checkpointer->m_copied.wait(locker, [checkpointer] { return !checkpointer->m_copying; });
}

qint64 WalCheckpointer::checkpointCount() const
{
    std::lock_guard<std::mutex> locker(m_mutex);
    return m_checkpoints;
}

bool WalCheckpointer::copyDue() const
{
    return m_frames < backstopFrames - batchFrames && m_frames - m_backfilled >= batchFrames;
}

void WalCheckpointer::committed(int frames)
{
    bool wake = false;
    {
        std::lock_guard<std::mutex> locker(m_mutex);
        if (frames < m_frames)
            m_backfilled = 0; // the WAL started over from its beginning
        m_frames = frames;
        wake = !m_copying && !m_due && copyDue();
        m_due = m_due || wake;
    }
    if (wake)
        m_wake.notify_one();
}

void WalCheckpointer::run()
{
    std::unique_lock<std::mutex> locker(m_mutex);
    for (;;) {
        m_wake.wait(locker, [this] { return m_due || m_stopping; });
        if (m_stopping)
            return;
        m_due = false;
        m_copying = true;
        locker.unlock();
        // PASSIVE: copies what no reader still needs, never waits for the writer or a reader.
        int logFrames = 0;
        int copiedFrames = 0;
        const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                                 &logFrames, &copiedFrames);
        locker.lock();
        m_copying = false;
        m_copied.notify_all();
        if (rc != SQLITE_OK || logFrames < 0)
            continue; // busy (a backstop copy) or failing: the next commit asks again
        ++m_checkpoints;
        // The WAL may have started over since: then what was copied says nothing of it.
        if (logFrames <= m_frames)
            m_backfilled = copiedFrames;
        // Commits that came while copying may already be a batch behind again.
        m_due = copyDue();
    }
}

} // namespace hb::store
