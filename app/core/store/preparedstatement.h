#pragma once

#include "common/result.h"

#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>

struct sqlite3;

namespace hb::store {

class Database;

// One SQL statement prepared once and run many times, as a batch of processing runs each of its
// statements thousands of times. On SQLite it binds and reads through SQLite's C API: Qt SQL's
// hash of placeholder names and QVariant lists per bound value cost a quarter of processing's time
// (tests/bench/README.md). On PostgreSQL it is a QSqlQuery. Values read back are the QVariants
// Qt SQL gives: integers as qint64, reals as double, text as QString, blobs as QByteArray, NULL as
// a null QVariant; a null QString or QByteArray is bound as NULL.
class PreparedStatement {
public:
    // `sql` with "?" placeholders, on `db`'s own connection.
    static hb::Result<std::unique_ptr<PreparedStatement>> prepare(Database &db, const QString &sql);
    virtual ~PreparedStatement() = default;

    // Binds one value a placeholder, in order, for the next exec().
    virtual void bind(std::initializer_list<QVariant> values) = 0;
    // Runs the statement; false on an error (errorText()).
    virtual bool exec() = 0;
    // The next row of a query: false past the last one.
    virtual bool next() = 0;
    virtual QVariant value(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    // Done with the rows: releases what the statement holds until its next exec().
    virtual void finish() = 0;
    virtual QString errorText() const = 0;
};

} // namespace hb::store
