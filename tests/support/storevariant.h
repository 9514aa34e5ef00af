#pragma once

#include "store/database.h"
#include "temppostgres.h"
#include "tempstore.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>

// A fresh store for each test function, on SQLite or on PostgreSQL as the global data row says,
// so that one test class covers both back ends (SPEC §8). Use it like this:
//   void initTestCase_data() { StoreVariant::addRows(); }
//   void init() { if (!m_store.open()) return; ... }
//   void cleanup() { m_store.close(); }
class StoreVariant {
public:
    // A "sqlite" and a "postgresql" row for initTestCase_data().
    static void addRows()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    // In init(): false when the test must not go on. Without a server the PostgreSQL row is
    // skipped (a failure under CI); a store that does not open fails the test.
    bool open()
    {
        QFETCH_GLOBAL(bool, postgres);
        return open(postgres);
    }

    // The same for a test class made once per back end (its constructor takes the choice).
    bool open(bool postgres)
    {
        close();
        m_file = std::make_unique<TempStore>();
        if (postgres) {
            m_postgres = std::make_unique<TempPostgres>();
            if (!m_postgres->isAvailable()) {
                // The macro skips (or fails) and returns from the lambda; open() then stops.
                [&] { REQUIRE_POSTGRES(*m_postgres); }();
                return false;
            }
        }
        m_db = std::make_unique<hb::store::Database>(postgres ? m_postgres->url() : m_file->path());
        const hb::Status status = m_db->open();
        [&] { QVERIFY2(status.ok(), qPrintable(status.error())); }();
        return status.ok();
    }

    void close()
    {
        m_db.reset();
        m_postgres.reset();
        m_file.reset();
    }

    hb::store::Database &db() { return *m_db; }
    // Where the store is, for code under test that opens its own connections (other threads).
    QString location() const { return m_postgres ? m_postgres->url() : m_file->path(); }

private:
    std::unique_ptr<TempStore> m_file;
    std::unique_ptr<TempPostgres> m_postgres;
    std::unique_ptr<hb::store::Database> m_db;
};

// main() of a test class made once per back end (its constructor takes the choice): it runs on
// SQLite, then on PostgreSQL when $HOOKBENCH_TEST_PG names a server (without one that run skips).
template <class Test> int runOnEveryStore(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    Test onSqlite(false);
    int failures = QTest::qExec(&onSqlite, argc, argv);
    Test onPostgres(true);
    failures += QTest::qExec(&onPostgres, argc, argv);
    return failures;
}
