// libFuzzer harness for `user import FILE.csv` (SPEC §7): CsvImporter::parse must split any bytes
// into records whose line numbers only go forward and that survive being written out again;
// canonicalValue must be idempotent; importCsv imports the whole file or nothing.
#include "store/csvimporter.h"
#include "store/database.h"
#include "store/fieldrepository.h"
#include "store/userrepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using hb::mapping::CustomField;
using hb::mapping::FieldType;
using hb::store::CsvImporter;

namespace {

[[noreturn]] void failed(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz_csv_import: %s %s\n", what, qPrintable(detail));
    std::abort();
}

void check(bool condition, const char *what, const QString &detail = QString())
{
    if (!condition)
        failed(what, detail);
}

constexpr FieldType fieldTypes[] = {FieldType::Number, FieldType::Text, FieldType::Date,
                                    FieldType::Boolean};

// canonicalValue(canonicalValue(x)) == canonicalValue(x): what is stored reads back the same.
void checkCanonical(const QString &text)
{
    for (const FieldType type : fieldTypes) {
        const hb::Result<QString> once = CsvImporter::canonicalValue(type, text);
        if (!once) {
            check(!once.error().isEmpty(), "a value refused without a message");
            continue;
        }
        const hb::Result<QString> twice = CsvImporter::canonicalValue(type, *once);
        if (!twice)
            failed("a canonical value is refused:", *once + QStringLiteral(" <- ") + text);
        if (*twice != *once)
            failed("canonicalValue is not idempotent:",
                   text + QStringLiteral(" -> ") + *once + QStringLiteral(" -> ") + *twice);
        if (type == FieldType::Boolean)
            check(*once == QLatin1String("true") || *once == QLatin1String("false"),
                  "a boolean is neither true nor false:", *once);
    }
}

// RFC 4180 text with every cell quoted, the way a spreadsheet could save `records`.
QByteArray write(const QList<CsvImporter::Record> &records)
{
    QString text;
    for (const CsvImporter::Record &record : records) {
        for (qsizetype c = 0; c < record.cells.size(); ++c) {
            if (c > 0)
                text += QLatin1Char(',');
            QString cell = record.cells.at(c);
            text += QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\""))
                    + QLatin1Char('"');
        }
        text += QLatin1Char('\n');
    }
    return text.toUtf8();
}

void checkParse(const QByteArray &input, const hb::Result<QList<CsvImporter::Record>> &records)
{
    if (!records) {
        check(records.error().startsWith(QStringLiteral("line ")),
              "a parse error does not name its line:", records.error());
        return;
    }
    const int lines = int(input.count('\n')) + 1;
    int previous = 0;
    for (const CsvImporter::Record &record : *records) {
        if (record.line <= previous)
            failed("a record's line number goes backwards:",
                   QStringLiteral("%1 after %2").arg(record.line).arg(previous));
        check(record.line <= lines, "a record starts after the last line");
        check(!record.cells.isEmpty(), "a record without cells");
        previous = record.line;
    }

    // Written out again (all quoted) and parsed, the records are the same, on the lines where
    // their newlines put them.
    const QByteArray again = write(*records);
    const hb::Result<QList<CsvImporter::Record>> reparsed = CsvImporter::parse(again);
    if (!reparsed)
        failed("written records do not parse:", reparsed.error());
    check(reparsed->size() == records->size(), "written records parse to another count");
    int line = 1;
    for (qsizetype r = 0; r < records->size(); ++r) {
        if (reparsed->at(r).cells != records->at(r).cells)
            failed("written records parse to other cells on line",
                   QString::number(reparsed->at(r).line));
        if (reparsed->at(r).line != line)
            failed("a written record starts on the wrong line:",
                   QStringLiteral("%1, expected %2").arg(reparsed->at(r).line).arg(line));
        for (const QString &cell : records->at(r).cells)
            line += int(cell.count(QLatin1Char('\n')));
        ++line;
    }
}

// One store for the whole run, with a field of each type; importCsv writes to it.
struct Store {
    QTemporaryDir dir;
    std::unique_ptr<hb::store::Database> db;
};

Store *store()
{
    static Store *instance = [] {
        auto *s = new Store;
        s->db = std::make_unique<hb::store::Database>(s->dir.filePath(QStringLiteral("fuzz.db")));
        if (hb::Status status = s->db->open(); !status)
            failed("cannot open the store:", status.error());
        (void)s->db->setSynchronous(QStringLiteral("OFF"));
        hb::store::FieldRepository fields(*s->db);
        for (const CustomField &field :
             {CustomField{QStringLiteral("total-deposit"), QString(), FieldType::Number},
              CustomField{QStringLiteral("vip"), QString(), FieldType::Boolean},
              CustomField{QStringLiteral("joined"), QString(), FieldType::Date},
              CustomField{QStringLiteral("nickname"), QString(), FieldType::Text}}) {
            if (const auto added = fields.add(field); !added)
                failed("cannot add a field:", added.error());
        }
        return s;
    }();
    return instance;
}

int countRows(const QString &table)
{
    QSqlQuery query(store()->db->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        failed("cannot count", table);
    return query.value(0).toInt();
}

void checkImport(const QByteArray &input, const hb::Result<QList<CsvImporter::Record>> &records)
{
    hb::store::Database &db = *store()->db;
    CsvImporter importer(db);
    const hb::Result<int> imported = importer.importCsv(input);
    const int users = countRows(QStringLiteral("users"));
    if (!imported) {
        check(!imported.error().isEmpty(), "an import refused without a message");
        // The whole file or nothing.
        check(users == 0, "a refused import left users behind:", imported.error());
        check(countRows(QStringLiteral("user_field_values")) == 0,
              "a refused import left field values behind:", imported.error());
        return;
    }
    check(records.ok(), "imported a file that does not parse");
    check(*imported == records->size() - 1, "imported another count than the file's lines");
    check(users == *imported, "the store has another count than imported");
    // Every stored field value is canonical already.
    QSqlQuery values(db.connection());
    if (!values.exec(QStringLiteral("SELECT f.type, v.value FROM user_field_values v "
                                    "JOIN custom_fields f ON f.id = v.field_id")))
        failed("cannot read field values");
    while (values.next()) {
        const std::optional<FieldType> type =
            hb::mapping::fieldTypeFromName(values.value(0).toString());
        check(type.has_value(), "a stored field of no type");
        const QString value = values.value(1).toString();
        const hb::Result<QString> canonical = CsvImporter::canonicalValue(*type, value);
        check(canonical.ok() && *canonical == value, "a stored value is not canonical:", value);
    }
    // Back to an empty community for the next input.
    QSqlQuery clear(db.connection());
    if (!clear.exec(QStringLiteral("DELETE FROM user_field_values"))
        || !clear.exec(QStringLiteral("DELETE FROM users")))
        failed("cannot empty the store");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt SQL finds its drivers through the application.
    static QCoreApplication app(*argc, *argv);
    (void)store();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const hb::Result<QList<CsvImporter::Record>> records = CsvImporter::parse(input);
    checkParse(input, records);

    // The input itself as one value, and every cell of the first few records.
    checkCanonical(QString::fromUtf8(input));
    if (records) {
        for (qsizetype r = 0; r < records->size() && r < 8; ++r) {
            for (const QString &cell : records->at(r).cells)
                checkCanonical(cell);
        }
    }

    checkImport(input, records);
    return 0;
}
