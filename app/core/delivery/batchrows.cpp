#include "batchrows.h"

#include "payload/jsonnumber.h"
#include "payload/jsonreader.h"
#include "payload/jsonwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStringDecoder>

namespace hb::delivery {
namespace {

QString lineError(int line, const QString &what)
{
    return QStringLiteral("line %1: %2").arg(line).arg(what);
}

// One CSV record (RFC 4180): its fields and the line it starts on.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// Splits CSV text into records. Quoted fields may hold commas, doubled quotes and line breaks;
// CRLF and LF both end a record. Blank lines are skipped: an editor's trailing newline is not a
// row.
hb::Result<QList<CsvRecord>> csvRecords(const QString &text)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    qsizetype i = 0;
    const qsizetype size = text.size();
    bool atRecordStart = true;
    while (i < size) {
        if (atRecordStart) {
            record = CsvRecord{line, {}};
            atRecordStart = false;
        }
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') && field.isEmpty()) {
            const int openedOn = line;
            ++i;
            bool closed = false;
            while (i < size) {
                const QChar q = text.at(i);
                if (q == QLatin1Char('"')) {
                    if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == QLatin1Char('\n'))
                    ++line;
                field += q;
                ++i;
            }
            if (!closed)
                return fail(lineError(openedOn, QStringLiteral("unterminated quote")));
            // After the closing quote only a separator or the end of the record may follow.
            if (i < size && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\n')
                && text.at(i) != QLatin1Char('\r'))
                return fail(lineError(line, QStringLiteral("text after a closing quote (a quote "
                                                           "inside a field is written \"\")")));
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.fields << field;
            field.clear();
            ++i;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++i;
            record.fields << field;
            field.clear();
            const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
            if (!blank)
                records << record;
            ++line;
            atRecordStart = true;
            continue;
        }
        field += c;
        ++i;
    }
    if (!atRecordStart) {
        record.fields << field;
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            records << record;
    }
    return records;
}

// A JSON value as the text a template is filled with.
QString valueText(const QJsonValue &value)
{
    if (const std::optional<QString> number = payload::JsonNumber::text(value))
        return *number;
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
    case QJsonValue::Array:
        return QString::fromUtf8(payload::JsonWriter::write(value));
    default: // null
        return {};
    }
}

} // namespace

hb::Result<BatchRows> BatchRows::read(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    Format format = Format::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        format = Format::JsonLines;
    else if (suffix != QLatin1String("csv"))
        return fail(QStringLiteral("%1: a batch file is .csv, .jsonl or .ndjson").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    hb::Result<BatchRows> rows = parse(file.readAll(), format);
    if (!rows)
        return fail(QStringLiteral("%1: %2").arg(path, rows.error()));
    return rows;
}

hb::Result<BatchRows> BatchRows::parse(const QByteArray &data, Format format)
{
    if (format == Format::JsonLines)
        return parseJsonLines(data);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return fail(QStringLiteral("the file is not UTF-8 text: save it as UTF-8"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return parseCsv(text);
}

hb::Result<BatchRows> BatchRows::parseCsv(const QString &text)
{
    const hb::Result<QList<CsvRecord>> records = csvRecords(text);
    if (!records)
        return records.failure();
    if (records->size() < 2)
        return fail(QStringLiteral("no rows: the first line names the columns, one row follows "
                                   "per request"));
    BatchRows rows;
    const CsvRecord &header = records->first();
    for (const QString &name : header.fields) {
        const QString column = name.trimmed();
        if (column.isEmpty())
            return fail(lineError(header.line, QStringLiteral("a column has no name")));
        if (rows.m_columns.contains(column))
            return fail(
                lineError(header.line, QStringLiteral("the column %1 appears twice").arg(column)));
        rows.m_columns << column;
    }
    rows.m_rows.reserve(records->size() - 1);
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        if (record.fields.size() != rows.m_columns.size())
            return fail(lineError(record.line, QStringLiteral("%1 values, but the header has %2 "
                                                              "columns")
                                                   .arg(record.fields.size())
                                                   .arg(rows.m_columns.size())));
        BatchRow row;
        row.line = record.line;
        for (qsizetype c = 0; c < record.fields.size(); ++c)
            row.values.insert(rows.m_columns.at(c), record.fields.at(c));
        rows.m_rows << row;
    }
    return rows;
}

hb::Result<BatchRows> BatchRows::parseJsonLines(const QByteArray &data)
{
    BatchRows rows;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QByteArray line = lines.at(l).trimmed(); // also the \r of CRLF
        if (l == 0 && line.startsWith("\xEF\xBB\xBF"))
            line = line.mid(3).trimmed();
        if (line.isEmpty())
            continue;
        const int number = int(l) + 1;
        payload::JsonReader::Error error;
        const std::optional<QJsonValue> value = payload::JsonReader::read(line, &error);
        if (!value)
            return fail(lineError(number, QStringLiteral("not JSON (%1)").arg(error.message)));
        if (!value->isObject())
            return fail(lineError(number, QStringLiteral("not a JSON object")));
        BatchRow row;
        row.line = number;
        const QJsonObject object = value->toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!rows.m_columns.contains(it.key()))
                rows.m_columns << it.key();
            row.values.insert(it.key(), valueText(it.value()));
        }
        rows.m_rows << row;
    }
    if (rows.m_rows.isEmpty())
        return fail(QStringLiteral("no rows: write one JSON object per line"));
    return rows;
}

} // namespace hb::delivery
