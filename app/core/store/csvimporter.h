#pragma once

#include "common/result.h"
#include "database.h"
#include "mapping/customfield.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

namespace hb::store {

// `user import FILE.csv` (SPEC §7): RFC 4180 CSV, header `email`, `username`, optional
// `display_name`, `coins`, `xp` and custom field keys. The whole file or nothing: any bad line
// refuses it with `line N: ...` and no user is added.
class CsvImporter {
public:
    struct Record {
        int line = 0; // where the record starts in the file, 1-based (the header is line 1)
        QStringList cells;
    };

    // How far an import is, for a progress bar: lines checked, then users written, out of
    // `total` (the file's user lines). Returning false cancels: nothing is imported.
    struct Progress {
        enum Stage { Checking, Writing } stage = Checking;
        qsizetype done = 0;
        qsizetype total = 0;
    };
    using ProgressFunction = std::function<bool(const Progress &)>;

    explicit CsvImporter(Database &db);

    // Splits RFC 4180 text (quotes, "" inside quotes, commas and newlines in quotes, CRLF or LF).
    static hb::Result<QList<Record>> parse(const QByteArray &text);
    // The stored text of a value for a field of `type`: number -> Decimal::toString(), boolean
    // -> "true"/"false" (from true/false/1/0), date -> ISO 8601 date or date-time as given, text
    // as is. The error says what was expected, e.g. `"abc" is not a number`.
    static hb::Result<QString> canonicalValue(mapping::FieldType type, const QString &text);

    // Imports every user of the file in one transaction; returns how many were imported.
    // `progress` is told every few hundred lines and at the end of each stage.
    hb::Result<int> importCsv(const QByteArray &text, const ProgressFunction &progress = {});
    hb::Result<int> importFile(const QString &path, const ProgressFunction &progress = {});

private:
    Database &m_db;
};

} // namespace hb::store
