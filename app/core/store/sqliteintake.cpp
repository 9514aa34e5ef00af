#include "sqliteintake.h"

#include "common/clock.h"
#include "deliveryinsertsql.h"
#include "deliveryrepository.h"
#include "headersjson.h"

#include <sqlite3.h>

namespace hb::store {
namespace {

// Resets a statement when the call that used it returns, whatever the outcome, so that it never
// holds a read snapshot or keeps pointers to bytes that are gone (the binds are SQLITE_STATIC).
class StatementUse {
public:
    explicit StatementUse(sqlite3_stmt *statement)
        : m_statement(statement)
    {}
    ~StatementUse()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    StatementUse(const StatementUse &) = delete;
    StatementUse &operator=(const StatementUse &) = delete;

private:
    sqlite3_stmt *m_statement;
};

// Binds text that outlives the statement's use; "" (never NULL) for the NOT NULL columns.
int bindText(sqlite3_stmt *statement, int index, const QByteArray &utf8)
{
    return sqlite3_bind_text(statement, index, utf8.isNull() ? "" : utf8.constData(),
                             int(utf8.size()), SQLITE_STATIC);
}

// Rows per INSERT at most; a commit of more takes several (SQLite allows 32,766 bound values).
constexpr int maxRowsPerInsert = 64;

} // namespace

std::unique_ptr<SqliteIntake> SqliteIntake::open(sqlite3 *db, QString *error)
{
    error->clear();
    std::unique_ptr<SqliteIntake> intake(new SqliteIntake(db));
    const hb::Status status =
        intake->prepare("SELECT id FROM deliveries WHERE webhook_id = ?1 AND idempotency_key = ?2",
                        &intake->m_findKey);
    if (!status) {
        *error = status.error();
        return nullptr;
    }
    return intake;
}

SqliteIntake::SqliteIntake(sqlite3 *db)
    : m_db(db)
{}

SqliteIntake::~SqliteIntake()
{
    sqlite3_finalize(m_findKey);
    for (sqlite3_stmt *insert : m_inserts)
        sqlite3_finalize(insert);
}

hb::Status SqliteIntake::prepare(const char *sql, sqlite3_stmt **statement)
{
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr)
        != SQLITE_OK)
        return hb::fail(lastError());
    return hb::success();
}

QString SqliteIntake::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

hb::Result<std::optional<qint64>> SqliteIntake::findKey(qint64 webhookId, const QString &key)
{
    StatementUse use(m_findKey);
    const QByteArray keyUtf8 = key.toUtf8();
    sqlite3_bind_int64(m_findKey, 1, webhookId);
    bindText(m_findKey, 2, keyUtf8);
    switch (sqlite3_step(m_findKey)) {
    case SQLITE_ROW:
        return std::optional<qint64>(sqlite3_column_int64(m_findKey, 0));
    case SQLITE_DONE:
        return std::optional<qint64>();
    default:
        return hb::fail(lastError());
    }
}

hb::Result<sqlite3_stmt *> SqliteIntake::insertStatement(int rows)
{
    if (m_inserts.size() < size_t(rows))
        m_inserts.resize(size_t(rows), nullptr);
    sqlite3_stmt *&statement = m_inserts[size_t(rows - 1)];
    if (!statement) {
        if (hb::Status status = prepare(deliveryInsertSql(rows, false).constData(), &statement);
            !status)
            return status.failure();
    }
    return statement;
}

hb::Result<QList<qint64>> SqliteIntake::insert(const QList<const NewDelivery *> &deliveries)
{
    QList<qint64> ids;
    ids.reserve(deliveries.size());
    for (qsizetype next = 0; next < deliveries.size(); next += maxRowsPerInsert) {
        const int rows = int(qMin<qsizetype>(maxRowsPerInsert, deliveries.size() - next));
        if (hb::Status status = insertChunk(deliveries.constData() + next, rows, ids); !status)
            return status.failure();
    }
    return ids;
}

hb::Status SqliteIntake::insertChunk(const NewDelivery *const *deliveries, int rows,
                                     QList<qint64> &ids)
{
    hb::Result<sqlite3_stmt *> prepared = insertStatement(rows);
    if (!prepared)
        return prepared.failure();
    sqlite3_stmt *insert = *prepared;
    StatementUse use(insert);
    constexpr int textsPerRow = 6;
    m_texts.resize(size_t(rows) * textsPerRow);
    int rc = SQLITE_OK;
    for (int row = 0; row < rows; ++row) {
        const NewDelivery &delivery = *deliveries[row];
        QByteArray *texts = m_texts.data() + size_t(row) * textsPerRow;
        texts[0] = delivery.webhookName.toUtf8();
        texts[1] = delivery.idempotencyKey.toUtf8();
        // The target is stored as text like the other request lines: UTF-8 when it is, else
        // Latin-1.
        texts[2] = headerTextUtf8(delivery.target);
        texts[3] = headersJsonBytes(delivery.headers);
        texts[4] = delivery.remoteAddress.toUtf8();
        texts[5] = (delivery.receivedAt.isEmpty() ? nowIsoUtc() : delivery.receivedAt).toUtf8();
        const int first = row * deliveryInsertValuesPerRow;
        rc |= delivery.webhookId > 0 ? sqlite3_bind_int64(insert, first + 1, delivery.webhookId)
                                     : sqlite3_bind_null(insert, first + 1);
        rc |= bindText(insert, first + 2, texts[0]);
        // A fixed word: static bytes, nothing to convert per request.
        const char *status = delivery.status == DeliveryStatus::Sample ? "sample" : "pending";
        rc |= sqlite3_bind_text(insert, first + 3, status, -1, SQLITE_STATIC);
        rc |= texts[1].isEmpty() ? sqlite3_bind_null(insert, first + 4)
                                 : bindText(insert, first + 4, texts[1]);
        rc |= bindText(insert, first + 5, delivery.method);
        rc |= bindText(insert, first + 6, texts[2]);
        rc |= bindText(insert, first + 7, texts[3]);
        // The body is bytes as received (a BLOB), possibly not UTF-8 at all.
        rc |= sqlite3_bind_blob(insert, first + 8,
                                delivery.body.isNull() ? "" : delivery.body.constData(),
                                int(delivery.body.size()), SQLITE_STATIC);
        rc |= bindText(insert, first + 9, texts[4]);
        rc |= bindText(insert, first + 10, texts[5]);
    }
    if (rc != SQLITE_OK)
        return hb::fail(lastError());
    if (sqlite3_step(insert) != SQLITE_DONE)
        return hb::fail(lastError());
    if (sqlite3_changes(m_db) != rows)
        return hb::fail(QStringLiteral("the store inserted %1 rows for %2 new deliveries")
                            .arg(sqlite3_changes(m_db))
                            .arg(rows));
    // One statement inside the write transaction: nothing else inserts meanwhile, and SQLite
    // numbers the rows of a VALUES list one after the other (last + 1 each, AUTOINCREMENT), so
    // the last id gives them all. (RETURNING would say the same through a trigger per row.)
    const qint64 last = sqlite3_last_insert_rowid(m_db);
    for (int row = 0; row < rows; ++row)
        ids.append(last - rows + 1 + row);
    return hb::success();
}

} // namespace hb::store
