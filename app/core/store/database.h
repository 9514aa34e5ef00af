#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

struct sqlite3;

namespace hb::store {

class WriteTurns;

// One connection to the Hookbench store, for the thread that made it (Qt SQL connections are not
// shared between threads). `location` is a file path (SQLite) or a postgresql:// URL.
// open() creates the schema or migrates it to the current version.
class Database {
public:
    explicit Database(QString location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // $HOOKBENCH_DB, else hookbench.db in the user's data folder.
    static QString defaultLocation();
    static bool isPostgresLocation(const QString &location);

    Status open();
    QSqlDatabase &connection() { return m_db; }
    const QString &location() const { return m_location; }
    bool isPostgres() const { return m_postgres; }
    // The SQLite file's absolute path (empty on PostgreSQL): one per file, however it was named.
    const QString &fileKey() const { return m_fileKey; }
    // SQLite's own handle of this open connection, for the few hot paths that use SQLite's C API
    // (SqliteIntake, transactions); null on PostgreSQL or before open().
    sqlite3 *sqliteHandle() const;

    // SQLite writes wait on each other rather than fail; PostgreSQL needs nothing here.
    // `synchronous` is SQLite's PRAGMA synchronous for this connection ("NORMAL", "FULL").
    Status setSynchronous(const QString &level);

    // BEGIN IMMEDIATE on SQLite (take the write lock now, so two writers never deadlock on an
    // upgrade), BEGIN on PostgreSQL. On SQLite, writers of one file in this process first queue
    // in turn (first come, first served) instead of polling SQLite's busy handler, which sleeps
    // milliseconds between tries; commit() or rollback() hands the turn on.
    Status beginWrite();
    Status commit();
    void rollback();

    // The text of a failed statement's error, for messages.
    static QString describe(const class QSqlQuery &query);
    // A read on this connection: `sql` prepared, `values` bound in order, run forward-only; the
    // rows are read with next(). Failed: the statement's error (describe()).
    Result<QSqlQuery> select(const QString &sql, const QVariantList &values = {});

private:
    Status migrate();
    void releaseTurn();
    Status execSqlite(const char *sql); // a statement without results, through SQLite's C API

    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_postgres = false;
    QString m_fileKey; // the SQLite file's absolute path: whose turn queue to join
    std::shared_ptr<WriteTurns> m_turns; // the file's queue of writers in this process (SQLite)
    bool m_hasTurn = false;              // this connection holds the in-process write turn
    sqlite3 *m_sqlite = nullptr;         // Qt SQL's own SQLite handle, once open
};

} // namespace hb::store
