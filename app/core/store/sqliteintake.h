#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hb::store {

struct NewDelivery;

// The catcher's hot path on SQLite: one row per received request, written through SQLite's C API
// on the very connection Qt SQL opened (QSqlDriver::handle()), inside the transaction that
// Database::beginWrite() began. Qt SQL's QVariant per bound value and the UTF-16 round trip of
// every text cost more than SQLite's insert itself (tests/bench/README.md); here UTF-8 bytes are
// bound as they are, with statements prepared once for the connection's life. A commit's rows go
// in as few statements as possible: each INSERT also reads and writes the AUTOINCREMENT counter
// and pays for its own start and reset (+3 % intake throughput over one row per statement).
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
    // Inserts Pending deliveries, in the order given; returns their ids in that order.
    hb::Result<QList<qint64>> insert(const QList<const NewDelivery *> &deliveries);

private:
    explicit SqliteIntake(sqlite3 *db);
    hb::Status prepare(const char *sql, sqlite3_stmt **statement);
    // The statement that inserts `rows` rows at once, prepared the first time it is asked for.
    hb::Result<sqlite3_stmt *> insertStatement(int rows);
    hb::Status insertChunk(const NewDelivery *const *deliveries, int rows, QList<qint64> &ids);
    QString lastError() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_findKey = nullptr;
    std::vector<sqlite3_stmt *> m_inserts; // [rows - 1]
    // The UTF-8 texts bound to a statement, alive until it has run (binds are SQLITE_STATIC).
    std::vector<QByteArray> m_texts;
};

} // namespace hb::store
