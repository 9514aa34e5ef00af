#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hb::delivery {

// One row of a batch file: its values by column, and the line it starts on, so that a message
// about the row can point the tester at it.
struct BatchRow {
    int line = 0;
    QHash<QString, QString> values;
};

// The rows a tester's batch sends, one request each (SPEC §7, `send --batch`), read from a CSV
// file (the header row names the columns) or a JSON-lines file (one object per line; its keys
// are the columns). Every value is text, as it is filled into a body template: numbers keep the
// exact digits of the file, so a batch never sends 0.1 as 0.1000000000000000055.
class BatchRows {
public:
    enum class Format { Csv, JsonLines };

    // The format from the extension: .csv, .jsonl or .ndjson; any other is an error.
    static hb::Result<BatchRows> read(const QString &path);
    // Errors name the line: "line 7: unterminated quote", "line 3: not a JSON object".
    static hb::Result<BatchRows> parse(const QByteArray &data, Format format);

    // CSV: the header's order. JSON lines: the keys of every line, as first met (within a
    // line in alphabetical order: Qt's JSON objects keep no other).
    QStringList columns() const { return m_columns; }
    int size() const { return int(m_rows.size()); }
    const BatchRow &at(int i) const { return m_rows.at(i); }

private:
    static hb::Result<BatchRows> parseCsv(const QString &text);
    static hb::Result<BatchRows> parseJsonLines(const QByteArray &data);

    QStringList m_columns;
    QList<BatchRow> m_rows;
};

} // namespace hb::delivery
