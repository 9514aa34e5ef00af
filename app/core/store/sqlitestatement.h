#pragma once

#include "preparedstatement.h"

struct sqlite3_stmt;

namespace hb::store {

// A PreparedStatement on SQLite's C API, on the connection Qt SQL opened.
class SqliteStatement : public PreparedStatement {
public:
    static hb::Result<std::unique_ptr<PreparedStatement>> prepare(sqlite3 *db, const QString &sql);
    ~SqliteStatement() override;

    void bind(std::initializer_list<QVariant> values) override;
    bool exec() override;
    bool next() override;
    QVariant value(int column) const override;
    bool isNull(int column) const override;
    void finish() override;
    QString errorText() const override;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    void bindValue(int index, const QVariant &value);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    int m_stepResult = 0;           // of the last sqlite3_step
    bool m_firstRowPending = false; // exec() stepped onto a row that next() has not handed out
    int m_bindError = 0;
    bool m_stepped = false; // stepped since the last reset
};

} // namespace hb::store
