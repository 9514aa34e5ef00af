#include "store/database.h"
#include "store/schema.h"
#include "temppostgres.h"
#include "tempstore.h"

#include <QSqlQuery>
#include <QTest>

using hb::store::Database;

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void createsSchemaOnARealFile()
    {
        TempStore store;
        Database db(store.path());
        QVERIFY2(db.open().ok(), "open");
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_version")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), hb::store::Schema::currentVersion());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        TempStore store;
        {
            Database db(store.path());
            QVERIFY(db.open().ok());
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO channels (name, created_at) VALUES ('general', 'now')")));
        }
        Database again(store.path());
        const hb::Status status = again.open();
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QSqlQuery query(again.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM channels")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void refusesAStoreFromANewerVersion()
    {
        TempStore store;
        {
            Database db(store.path());
            QVERIFY(db.open().ok());
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
        }
        Database again(store.path());
        const hb::Status status = again.open();
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QLatin1String("newer Hookbench")),
                 qPrintable(status.error()));
    }

    void twoConnectionsToOneFileAtOnce()
    {
        TempStore store;
        Database first(store.path());
        Database second(store.path());
        QVERIFY(first.open().ok());
        QVERIFY(second.open().ok());
        QVERIFY(first.beginWrite().ok());
        QSqlQuery insert(first.connection());
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO channels (name, created_at) VALUES ('a', 'now')")));
        QVERIFY(first.commit().ok());
        QSqlQuery read(second.connection());
        QVERIFY(read.exec(QStringLiteral("SELECT name FROM channels")));
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("a"));
    }

    void createsTheSameSchemaOnPostgres()
    {
        TempPostgres server;
        REQUIRE_POSTGRES(server);
        {
            Database db(server.url());
            const hb::Status status = db.open();
            QVERIFY2(status.ok(), qPrintable(status.error()));
            QVERIFY(db.isPostgres());
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO channels (name, created_at) VALUES ('general', 'now') RETURNING id")));
            QVERIFY(query.next());
            QVERIFY(query.value(0).toLongLong() > 0);
        }
        Database again(server.url());
        const hb::Status status = again.open();
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QSqlQuery query(again.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_version")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), hb::store::Schema::currentVersion());
    }

    void badPostgresUrlIsAClearError()
    {
        Database db(QStringLiteral("postgresql://nobody@127.0.0.1:1/"));
        const hb::Status status = db.open();
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QLatin1String("PostgreSQL URL")),
                 qPrintable(status.error()));
    }

    void unreachableFolderIsAClearError()
    {
        Database db(QStringLiteral("/proc/no-such-place/hookbench.db"));
        const hb::Status status = db.open();
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QLatin1String("/proc/no-such-place")),
                 qPrintable(status.error()));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
