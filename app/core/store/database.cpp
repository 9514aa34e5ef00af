#include "database.h"

#include "schema.h"
#include "walcheckpointer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <sqlite3.h>

namespace hb::store {

// Writers of one SQLite file in this process take turns in arrival order. Without this they meet
// in SQLite's busy handler, which sleeps 1 to 100 ms between tries: the catcher's writer then
// stalls behind the processor (and the other way round) long after the lock was free.
class WriteTurns {
public:
    // The queue of `key`'s writers, shared by every open connection to the file and freed with
    // the last one.
    static std::shared_ptr<WriteTurns> forFile(const QString &key)
    {
        static std::mutex registryMutex;
        static QHash<QString, std::weak_ptr<WriteTurns>> registry;
        std::lock_guard<std::mutex> locker(registryMutex);
        // Forget the files nobody has open any more (there are only ever a few).
        registry.removeIf([](const auto &entry) { return entry.value().expired(); });
        std::shared_ptr<WriteTurns> turns = registry.value(key).lock();
        if (!turns) {
            turns = std::make_shared<WriteTurns>();
            registry.insert(key, turns);
        }
        return turns;
    }

    // False when this thread already has the turn through another connection (SQLite then
    // decides, as before) or when the wait timed out.
    bool acquire(int timeoutMs)
    {
        std::unique_lock<std::mutex> locker(m_mutex);
        const std::thread::id self = std::this_thread::get_id();
        if (m_held && m_holder == self)
            return false;
        const quint64 ticket = m_nextTicket++;
        m_waiting.push_back(ticket);
        const bool mine = m_changed.wait_for(locker, std::chrono::milliseconds(timeoutMs), [&] {
            return !m_held && m_waiting.front() == ticket;
        });
        if (!mine) {
            m_waiting.erase(std::find(m_waiting.begin(), m_waiting.end(), ticket));
            m_changed.notify_all();
            return false;
        }
        m_waiting.pop_front();
        m_held = true;
        m_holder = self;
        return true;
    }

    void release()
    {
        {
            std::lock_guard<std::mutex> locker(m_mutex);
            m_held = false;
        }
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<quint64> m_waiting;
    quint64 m_nextTicket = 0;
    bool m_held = false;
    std::thread::id m_holder;
};

namespace {

// How long a writer waits for the file's write lock, in this process and then in SQLite.
constexpr int busyTimeoutMs = 10000;

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("hookbench-%1").arg(counter.fetchAndAddRelaxed(1));
}

// After every commit of an SQLite connection, in place of SQLite's automatic checkpoint (which
// this hook replaces): the file's WalCheckpointer copies the WAL when one runs in this process;
// otherwise, or when the WAL reached the backstop, the connection copies it itself as SQLite would.
int afterCommit(void *fileKeyPointer, sqlite3 *db, const char *schema, int frames)
{
    const QString &fileKey = *static_cast<const QString *>(fileKeyPointer);
    if (frames >= WalCheckpointer::backstopFrames)
        WalCheckpointer::waitForCopy(fileKey);
    else if (WalCheckpointer::notifyCommit(fileKey, frames)
             || frames < WalCheckpointer::batchFrames)
        return SQLITE_OK;
    sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

// SQLite's own lower() folds ASCII letters only; the Deliveries search is for people's names
// ("ÜMIT" finds "Ümit"). Overloads the built-in on every connection this process opens; no index
// or stored value depends on it.
void unicodeLower(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const int size = sqlite3_value_bytes(arguments[0]);
    // The Deliveries page's search calls this for every row of a long log: ASCII text (nearly
    // every email and reason) is lowered without Qt's UTF-16 round trip, and text already in
    // lower case is handed back as it is, without a copy.
    const auto end = text + size;
    if (std::all_of(text, end, [](char c) { return uchar(c) < 0x80; })) {
        if (std::none_of(text, end, [](char c) { return c >= 'A' && c <= 'Z'; })) {
            sqlite3_result_value(context, arguments[0]);
            return;
        }
        auto *lowered = static_cast<char *>(sqlite3_malloc(size > 0 ? size : 1));
        if (!lowered) {
            sqlite3_result_error_nomem(context);
            return;
        }
        std::transform(text, end, lowered,
                       [](char c) { return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c; });
        sqlite3_result_text(context, lowered, size, sqlite3_free);
        return;
    }
    const QByteArray lowered = QString::fromUtf8(text, size).toLower().toUtf8();
    sqlite3_result_text(context, lowered.constData(), int(lowered.size()), SQLITE_TRANSIENT);
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return fail(Database::describe(query));
    return success();
}

} // namespace

Database::Database(QString location)
    : m_location(std::move(location))
    , m_connectionName(uniqueConnectionName())
    , m_postgres(isPostgresLocation(m_location))
{}

Database::~Database()
{
    releaseTurn();
    m_sqlite = nullptr;
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Database::defaultLocation()
{
    const QString fromEnvironment = qEnvironmentVariable("HOOKBENCH_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share/hookbench")
                                 : folder)
        .filePath(QStringLiteral("hookbench.db"));
}

bool Database::isPostgresLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
           || location.startsWith(QLatin1String("postgres://"));
}

Status Database::open()
{
    if (m_postgres) {
        const QUrl url(m_location);
        if (!url.isValid() || url.path().size() < 2)
            return fail(QStringLiteral("invalid PostgreSQL URL %1: expected "
                                       "postgresql://user:password@host:port/database")
                            .arg(url.toDisplayString(QUrl::RemovePassword)));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        m_db.setPort(url.port(5432));
        m_db.setUserName(url.userName());
        m_db.setPassword(url.password());
        m_db.setDatabaseName(url.path().mid(1));
        m_db.setConnectOptions(
            QUrlQuery(url).toString().replace(QLatin1Char('&'), QLatin1Char(';')));
    } else {
        const QFileInfo file(m_location);
        if (!QDir().mkpath(file.absolutePath()))
            return fail(QStringLiteral("cannot create the folder %1").arg(file.absolutePath()));
        m_fileKey = file.absoluteFilePath();
        m_turns = WriteTurns::forFile(m_fileKey);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(m_location);
        // Writers from the GUI, the CLI and serve queue up behind each other for 10 s.
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    }
    if (!m_db.open())
        return fail(QStringLiteral("cannot open the database %1: %2")
                        .arg(m_postgres ? QUrl(m_location).toDisplayString(QUrl::RemovePassword)
                                        : m_location,
                             m_db.lastError().text()));
    if (m_postgres) {
        // "relation already exists, skipping" notices are noise on every start.
        if (Status status = exec(m_db, QStringLiteral("SET client_min_messages TO WARNING"));
            !status)
            return status;
    } else {
        // WAL lets readers go on while one writer commits; NORMAL is durable across a crash of
        // the process (what SPEC promises for a 2xx); the catcher's writer asks for more.
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
            if (Status status = exec(m_db, QString::fromLatin1(pragma)); !status)
                return status;
        }
        const QVariant handle = m_db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        if (!m_sqlite)
            return fail(QStringLiteral("the SQLite driver gave no connection handle for %1")
                            .arg(m_location));
        sqlite3_wal_hook(m_sqlite, afterCommit, &m_fileKey);
        sqlite3_create_function_v2(m_sqlite, "lower", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, unicodeLower, nullptr, nullptr, nullptr);
    }
    return migrate();
}

sqlite3 *Database::sqliteHandle() const
{
    return m_sqlite;
}

Status Database::setSynchronous(const QString &level)
{
    if (m_postgres)
        return success();
    return exec(m_db, QStringLiteral("PRAGMA synchronous=%1").arg(level));
}

Status Database::beginWrite()
{
    if (m_postgres)
        return exec(m_db, QStringLiteral("BEGIN"));
    const bool tookTurn = !m_hasTurn && m_turns && m_turns->acquire(busyTimeoutMs);
    if (tookTurn)
        m_hasTurn = true;
    Status status = execSqlite("BEGIN IMMEDIATE");
    if (!status && tookTurn)
        releaseTurn();
    return status;
}

Status Database::commit()
{
    Status status = m_postgres ? exec(m_db, QStringLiteral("COMMIT")) : execSqlite("COMMIT");
    // A failed COMMIT leaves the transaction open until rollback(): SQLite's own lock then
    // keeps other writers out, as it would without the turns.
    releaseTurn();
    return status;
}

void Database::rollback()
{
    (void)(m_postgres ? exec(m_db, QStringLiteral("ROLLBACK")) : execSqlite("ROLLBACK"));
    releaseTurn();
}

// The catcher's writer begins and commits thousands of times a second: through SQLite itself
// this costs a tenth of what a QSqlQuery costs (tests/bench/README.md).
Status Database::execSqlite(const char *sql)
{
    sqlite3 *handle = sqliteHandle();
    if (!handle)
        return fail(QStringLiteral("the database %1 is not open").arg(m_location));
    if (sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(handle)));
    return success();
}

void Database::releaseTurn()
{
    if (!m_hasTurn)
        return;
    m_hasTurn = false;
    m_turns->release();
}

Result<QSqlQuery> Database::select(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(describe(query));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(describe(query));
    return query;
}

QString Database::describe(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

Status Database::migrate()
{
    // The version check and the migrations run under the write lock, so two processes that open
    // a new file at once do not both create the schema.
    if (Status status = beginWrite(); !status)
        return status;
    auto abort = [this](Status status) {
        rollback();
        return status;
    };
    if (m_postgres) {
        // PostgreSQL's BEGIN takes no lock: serialise schema creation between instances.
        if (Status status = exec(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(4242001)"));
            !status)
            return abort(status);
    }
    if (Status status = exec(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version "
                                                  "(version INTEGER NOT NULL)"));
        !status)
        return abort(status);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")))
        return abort(fail(describe(query)));
    int version = 0;
    bool hasRow = false;
    if (query.next()) {
        version = query.value(0).toInt();
        hasRow = true;
    }
    query.finish();
    if (version > Schema::currentVersion())
        return abort(fail(QStringLiteral("the database %1 was written by a newer Hookbench "
                                         "(schema %2, this one knows %3)")
                              .arg(m_location)
                              .arg(version)
                              .arg(Schema::currentVersion())));
    for (int next = version + 1; next <= Schema::currentVersion(); ++next) {
        for (const QString &statement : Schema::migration(next, m_postgres)) {
            if (Status status = exec(m_db, statement); !status)
                return abort(
                    fail(QStringLiteral("migration %1 failed: %2").arg(next).arg(status.error())));
        }
    }
    if (version != Schema::currentVersion()) {
        const QString sql = hasRow ? QStringLiteral("UPDATE schema_version SET version = %1")
                                   : QStringLiteral("INSERT INTO schema_version VALUES (%1)");
        if (Status status = exec(m_db, sql.arg(Schema::currentVersion())); !status)
            return abort(status);
    }
    return commit();
}

} // namespace hb::store
