#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace hb::store {

struct NewDelivery;

// The catcher's hot path on SQLite: one row per received request, written through SQLite's C API
// on the very connection Qt SQL opened (QSqlDriver::handle()), inside the transaction that
// Database::beginWrite() began. Qt SQL's QVariant per bound value and the UTF-16 round trip of
// every text cost more than SQLite's insert itself (tests/bench/README.md); here UTF-8 bytes are
// bound as they are, with statements prepared once for the connection's life.
class SqliteIntake {
public:
    // On `db`'s connection (Database::sqliteHandle()); null with `error` set when a statement
    // cannot be prepared.
    static std::unique_ptr<SqliteIntake> open(sqlite3 *db, QString *error);
    ~SqliteIntake();
    SqliteIntake(const SqliteIntake &) = delete;
    SqliteIntake &operator=(const SqliteIntake &) = delete;

    // The id of the delivery already stored for this idempotency key of this webhook, if any.
    hb::Result<std::optional<qint64>> findKey(qint64 webhookId, const QString &key);
    // Inserts one Pending delivery; returns its id.
    hb::Result<qint64> insert(const NewDelivery &delivery, const QByteArray &headersJson);

private:
    explicit SqliteIntake(sqlite3 *db);
    hb::Status prepare(const char *sql, sqlite3_stmt **statement);
    QString lastError() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_findKey = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

} // namespace hb::store
