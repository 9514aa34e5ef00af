// WalCheckpointer: the WAL is copied back into the database on its own thread while another
// connection goes on committing, and stays bounded under commits that never pause.
#include "store/database.h"
#include "store/walcheckpointer.h"
#include "tempstore.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace hb;

namespace {

constexpr qint64 pageSize = 4096;
constexpr int rowBytes = 60 * 1024; // about 15 WAL frames per committed row

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

// One transaction per row, as the catcher's writer commits: each commit runs the WAL hook.
bool commitRows(store::Database &db, int rows)
{
    const QByteArray payload(rowBytes, 'x');
    for (int i = 0; i < rows; ++i) {
        if (!db.beginWrite().ok())
            return false;
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO blobs (data) VALUES (?)"));
        insert.addBindValue(payload);
        if (!insert.exec() || !db.commit().ok())
            return false;
    }
    return true;
}

bool createBlobs(store::Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(
        QStringLiteral("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB NOT NULL)"));
}

int rowCount(store::Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM blobs")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestWalCheckpointer : public QObject {
    Q_OBJECT

private:
    // Each test: a fresh store file with the blobs table, open on this thread.
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<store::Database> m_db;

    QString path() const { return m_store->path(); }
    QString walPath() const { return m_store->path() + QStringLiteral("-wal"); }

private slots:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_db = std::make_unique<store::Database>(m_store->path());
        QVERIFY(m_db->open().ok());
        QVERIFY(createBlobs(*m_db));
    }

    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    // What SQLite does by default: the committing connection copies the WAL back itself once
    // it holds 1,000 frames (the hook that replaces SQLite's own must keep doing that).
    void withoutCheckpointerTheConnectionCopiesItself()
    {
        const qint64 before = fileSize(path());
        QVERIFY(commitRows(*m_db, 100)); // about 1,500 frames
        QVERIFY2(fileSize(path()) > before + 40 * rowBytes,
                 "the rows were not copied into the database file");
        QVERIFY(fileSize(walPath())
                < (store::WalCheckpointer::batchFrames + 200) * (pageSize + 24));
    }

    // With a checkpointer for the file, it copies the WAL on its thread.
    void checkpointerCopiesWhileTheWriterGoesOn()
    {
        QString error;
        auto checkpointer = store::WalCheckpointer::start(m_db->fileKey(), &error);
        QVERIFY2(checkpointer, qPrintable(error));
        const qint64 before = fileSize(path());
        QVERIFY(commitRows(*m_db, 100));
        QTRY_VERIFY(checkpointer->checkpointCount() >= 1);
        QTRY_VERIFY2(fileSize(path()) > before + 40 * rowBytes,
                     "the checkpointer did not copy the rows into the database file");
        QCOMPARE(rowCount(*m_db), 100);
    }

    // Commits that never pause leave the WAL no moment to start over; the backstop bounds it.
    void walStaysBoundedUnderCommitsThatNeverPause()
    {
        QString error;
        auto checkpointer = store::WalCheckpointer::start(m_db->fileKey(), &error);
        QVERIFY2(checkpointer, qPrintable(error));
        qint64 largestWal = 0;
        const int rows =
            int(2 * store::WalCheckpointer::backstopFrames * pageSize / rowBytes / 50 + 1) * 50;
        for (int done = 0; done < rows; done += 50) {
            QVERIFY(commitRows(*m_db, 50));
            largestWal = qMax(largestWal, fileSize(walPath()));
        }
        QCOMPARE(rowCount(*m_db), rows);
        const qint64 bound =
            (store::WalCheckpointer::backstopFrames + 50 * rowBytes / pageSize + 100)
            * (pageSize + 24);
        QVERIFY2(
            largestWal <= bound,
            qPrintable(
                QStringLiteral("the WAL reached %1 bytes (bound %2)").arg(largestWal).arg(bound)));
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "test_walcheckpointer.moc"
