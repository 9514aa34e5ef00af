#pragma once

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>

struct sqlite3;
class QThread;

namespace hb::store {

// Copies an SQLite file's write-ahead log back into the database on a thread and connection of
// its own, while the catcher's writer goes on committing. Left to SQLite, the connection whose
// commit takes the WAL past 1,000 pages copies them and syncs both files inside that commit: the
// writer then stops for milliseconds dozens of times a second and every request in flight waits
// (tests/bench/README.md: intake went from about 45,000 to about 57,000 requests/s without it).
//
// While one runs for a file, every connection of this process to that file leaves the WAL to it
// (Database installs the hook that calls notifyCommit()). Because a WAL can only start over from
// its beginning once all of it is copied and no commit came in between, the connection whose
// commit takes the WAL past backstopFrames copies the little that is left itself, as SQLite
// would; that bounds the WAL at about 64 MiB under a flood that never pauses.
class WalCheckpointer {
public:
    // Frames behind before a copy starts (SQLite's own default threshold).
    static constexpr int batchFrames = 1000;
    // At this many frames in the WAL the committing connection copies the rest itself; the
    // checkpointer starts no copy in the last batch before it, so that one rarely waits.
    static constexpr int backstopFrames = 16384;

    // `fileKey` is the database file's absolute path (Database::fileKey()). Starts the thread;
    // null with `error` set when the file cannot be opened.
    static std::unique_ptr<WalCheckpointer> start(const QString &fileKey, QString *error);
    ~WalCheckpointer(); // finishes a copy in progress, unregisters, ends the thread
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // From a connection's WAL hook, after each commit: the WAL now holds `frames` frames. False
    // when no checkpointer runs for the file in this process (the connection then checkpoints as
    // SQLite does by default).
    static bool notifyCommit(const QString &fileKey, int frames);
    // Before a connection copies the WAL at the backstop: waits for a copy in progress, which
    // would make that one find the checkpoint lock taken and the WAL grow on.
    static void waitForCopy(const QString &fileKey);

    // Copies run so far (for tests and the benchmark).
    qint64 checkpointCount() const;

private:
    WalCheckpointer(QString fileKey, sqlite3 *db);
    void committed(int frames);
    bool copyDue() const; // under m_mutex
    void run();

    QString m_fileKey;
    sqlite3 *m_db;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_copied;
    int m_frames = 0;     // frames in the WAL after the last commit
    int m_backfilled = 0; // frames already copied from the WAL as it is now
    bool m_due = false;
    bool m_copying = false;
    bool m_stopping = false;
    qint64 m_checkpoints = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace hb::store
