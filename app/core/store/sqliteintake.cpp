#include "sqliteintake.h"

#include "common/clock.h"
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

} // namespace

std::unique_ptr<SqliteIntake> SqliteIntake::open(sqlite3 *db, QString *error)
{
    error->clear();
    std::unique_ptr<SqliteIntake> intake(new SqliteIntake(db));
    hb::Status status =
        intake->prepare("SELECT id FROM deliveries WHERE webhook_id = ?1 AND idempotency_key = ?2",
                        &intake->m_findKey);
    if (status)
        status = intake->prepare(
            "INSERT INTO deliveries (webhook_id, webhook_name, status, idempotency_key, method,"
            " target, headers, body, remote_address, received_at)"
            " VALUES (?1, ?2, 'pending', ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            &intake->m_insert);
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
    sqlite3_finalize(m_insert);
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

hb::Result<qint64> SqliteIntake::insert(const NewDelivery &delivery, const QByteArray &headersJson)
{
    StatementUse use(m_insert);
    const QByteArray webhookName = delivery.webhookName.toUtf8();
    const QByteArray key = delivery.idempotencyKey.toUtf8();
    const QByteArray remoteAddress = delivery.remoteAddress.toUtf8();
    const QByteArray receivedAt =
        (delivery.receivedAt.isEmpty() ? nowIsoUtc() : delivery.receivedAt).toUtf8();
    // The target is stored as text like the other request lines: UTF-8 when it is, else Latin-1.
    const QByteArray target = headerTextUtf8(delivery.target);
    int rc = delivery.webhookId > 0 ? sqlite3_bind_int64(m_insert, 1, delivery.webhookId)
                                    : sqlite3_bind_null(m_insert, 1);
    rc |= bindText(m_insert, 2, webhookName);
    rc |= key.isEmpty() ? sqlite3_bind_null(m_insert, 3) : bindText(m_insert, 3, key);
    rc |= bindText(m_insert, 4, delivery.method);
    rc |= bindText(m_insert, 5, target);
    rc |= bindText(m_insert, 6, headersJson);
    // The body is bytes as received (a BLOB), possibly not UTF-8 at all.
    rc |= sqlite3_bind_blob(m_insert, 7, delivery.body.isNull() ? "" : delivery.body.constData(),
                            int(delivery.body.size()), SQLITE_STATIC);
    rc |= bindText(m_insert, 8, remoteAddress);
    rc |= bindText(m_insert, 9, receivedAt);
    if (rc != SQLITE_OK)
        return hb::fail(lastError());
    if (sqlite3_step(m_insert) != SQLITE_DONE)
        return hb::fail(lastError());
    return qint64(sqlite3_last_insert_rowid(m_db));
}

} // namespace hb::store
