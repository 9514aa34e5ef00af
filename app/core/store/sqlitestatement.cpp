#include "sqlitestatement.h"

#include <sqlite3.h>

namespace hb::store {

hb::Result<std::unique_ptr<PreparedStatement>> SqliteStatement::prepare(sqlite3 *db,
                                                                        const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr)
        != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return hb::fail(error);
    }
    return std::unique_ptr<PreparedStatement>(new SqliteStatement(db, statement));
}

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(std::initializer_list<QVariant> values)
{
    finish();
    sqlite3_clear_bindings(m_statement);
    m_bindError = SQLITE_OK;
    int index = 1;
    for (const QVariant &value : values)
        bindValue(index++, value);
}

void SqliteStatement::bindValue(int index, const QVariant &value)
{
    int rc = SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        rc = sqlite3_bind_null(m_statement, index);
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        rc = sqlite3_bind_double(m_statement, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        rc = bytes.isNull() ? sqlite3_bind_null(m_statement, index)
                            : sqlite3_bind_blob64(m_statement, index, bytes.constData(),
                                                  sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    default: {
        // Text, and anything else as Qt SQL binds it: its text.
        const QString text = value.toString();
        if (text.isNull()) {
            rc = sqlite3_bind_null(m_statement, index);
            break;
        }
        const QByteArray utf8 = text.toUtf8();
        rc = sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                 SQLITE_TRANSIENT, SQLITE_UTF8);
        break;
    }
    }
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

bool SqliteStatement::exec()
{
    m_firstRowPending = false;
    if (m_bindError != SQLITE_OK) {
        m_stepResult = m_bindError;
        return false;
    }
    if (m_stepped)
        sqlite3_reset(m_statement); // run again: the bindings stay
    m_stepped = true;
    m_stepResult = sqlite3_step(m_statement);
    m_firstRowPending = m_stepResult == SQLITE_ROW;
    return m_stepResult == SQLITE_ROW || m_stepResult == SQLITE_DONE;
}

bool SqliteStatement::next()
{
    if (m_firstRowPending) {
        m_firstRowPending = false;
        return true;
    }
    if (m_stepResult != SQLITE_ROW)
        return false;
    m_stepResult = sqlite3_step(m_statement);
    return m_stepResult == SQLITE_ROW;
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
        const void *data = sqlite3_column_blob(m_statement, column);
        return QVariant(
            QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_NULL:
        return QVariant();
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    }
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void SqliteStatement::finish()
{
    m_firstRowPending = false;
    m_stepResult = SQLITE_DONE;
    m_stepped = false;
    sqlite3_reset(m_statement);
}

QString SqliteStatement::errorText() const
{
    if (m_bindError != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errstr(m_bindError));
    return QString::fromUtf8(sqlite3_errmsg(m_db)).trimmed();
}

} // namespace hb::store
