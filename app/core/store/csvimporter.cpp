#include "csvimporter.h"

#include "communitychanges.h"
#include "fieldrepository.h"
#include "payload/decimal.h"
#include "userrepository.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSet>

namespace hb::store {
namespace {

using mapping::CustomField;
using mapping::FieldType;

Error lineError(int line, const QString &message)
{
    return fail(QStringLiteral("line %1: %2").arg(line).arg(message));
}

Error cancelled()
{
    return fail(QStringLiteral("the import was cancelled"), ErrorKind::Cancelled);
}

// coins and xp: a whole number, at least 0.
std::optional<qint64> currencyValue(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

CsvImporter::CsvImporter(Database &db)
    : m_db(db)
{}

Result<QList<CsvImporter::Record>> CsvImporter::parse(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF))) // a byte order mark from spreadsheet exports
        text.remove(0, 1);

    QList<Record> records;
    Record record;
    QString cell;
    bool quoted = false;      // inside a quoted value
    bool afterQuote = false;  // a quoted value just closed: only , or end of line may follow
    bool cellStarted = false; // the current line has content
    int line = 1;
    record.line = 1;
    int quoteLine = 0;

    auto endRecord = [&]() {
        record.cells << cell;
        // A line with nothing on it (often the last one) is not a record.
        if (!(record.cells.size() == 1 && record.cells.first().isEmpty() && !cellStarted))
            records << record;
        record = Record();
        cell.clear();
        afterQuote = false;
        cellStarted = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue; // CRLF: the \n ends the record
        if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            record.line = line;
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.cells << cell;
            cell.clear();
            afterQuote = false;
            cellStarted = true;
            continue;
        }
        if (afterQuote)
            return lineError(line, QStringLiteral("text after a closing quote (a quote inside a "
                                                  "quoted value is written twice: \"\")"));
        if (c == QLatin1Char('"')) {
            if (!cell.isEmpty())
                return lineError(line, QStringLiteral("a quote inside an unquoted value (quote "
                                                      "the whole value and write the quote "
                                                      "twice: \"\")"));
            quoted = true;
            quoteLine = line;
            cellStarted = true;
            continue;
        }
        cell += c;
        cellStarted = true;
    }
    if (quoted)
        return lineError(quoteLine, QStringLiteral("a quoted value is not closed"));
    if (cellStarted || !cell.isEmpty() || !record.cells.isEmpty())
        endRecord();
    return records;
}

Result<QString> CsvImporter::canonicalValue(FieldType type, const QString &text)
{
    switch (type) {
    case FieldType::Number: {
        const std::optional<payload::Decimal> number = payload::Decimal::fromString(text);
        if (!number)
            return fail(QStringLiteral("\"%1\" is not a number").arg(text));
        return number->toString();
    }
    case FieldType::Boolean: {
        const QString word = text.trimmed();
        if (word == QLatin1String("true") || word == QLatin1String("1"))
            return QStringLiteral("true");
        if (word == QLatin1String("false") || word == QLatin1String("0"))
            return QStringLiteral("false");
        return fail(QStringLiteral("\"%1\" is not a boolean (true, false, 1 or 0)").arg(text));
    }
    case FieldType::Date: {
        const QString date = text.trimmed();
        // A date alone is exactly 10 characters; QDate would ignore anything after them.
        const bool valid = date.size() == 10
                               ? QDate::fromString(date, Qt::ISODate).isValid()
                               : date.contains(QLatin1Char('T'))
                                     && QDateTime::fromString(date, Qt::ISODateWithMs).isValid();
        if (valid)
            return date;
        return fail(QStringLiteral("\"%1\" is not an ISO 8601 date (2026-11-26 or "
                                   "2026-11-26T16:45:00Z)")
                        .arg(text));
    }
    case FieldType::Text:
        break;
    }
    return text;
}

Result<int> CsvImporter::importFile(const QString &path, const ProgressFunction &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return importCsv(file.readAll(), progress);
}

Result<int> CsvImporter::importCsv(const QByteArray &text, const ProgressFunction &progress)
{
    Result<QList<Record>> records = parse(text);
    if (!records)
        return Error{records.error()};
    if (records->isEmpty())
        return fail(QStringLiteral("the file is empty (expected a header line with email and "
                                   "username)"));

    FieldRepository fieldRepository(m_db);
    const Result<QList<CustomField>> fields = fieldRepository.list();
    if (!fields)
        return Error{fields.error()};
    QHash<QString, CustomField> fieldsByKey;
    for (const CustomField &field : *fields)
        fieldsByKey.insert(field.key, field);

    // The header: which column holds what.
    const Record &header = records->first();
    const QStringList builtIn = {QStringLiteral("email"), QStringLiteral("username"),
                                 QStringLiteral("display_name"), QStringLiteral("coins"),
                                 QStringLiteral("xp")};
    QStringList columns;
    for (const QString &cell : header.cells) {
        const QString column = cell.trimmed();
        if (columns.contains(column))
            return lineError(header.line,
                             QStringLiteral("column \"%1\" appears twice").arg(column));
        if (!builtIn.contains(column) && !fieldsByKey.contains(column))
            return lineError(header.line,
                             QStringLiteral("unknown column \"%1\" (expected email, username, "
                                            "display_name, coins, xp or a custom field key)")
                                 .arg(column));
        columns << column;
    }
    for (const QString &required : {QStringLiteral("email"), QStringLiteral("username")}) {
        if (!columns.contains(required))
            return lineError(header.line, QStringLiteral("missing column \"%1\"").arg(required));
    }

    // Every line is checked before anything is written, then all are added in one transaction.
    const qsizetype total = records->size() - 1;
    // Told often enough for a smooth bar, seldom enough to cost nothing next to the work.
    constexpr qsizetype progressStep = 256;
    auto report = [&progress, total](Progress::Stage stage, qsizetype done) {
        return !progress || (done % progressStep != 0 && done != total)
               || progress(Progress{stage, done, total});
    };
    QList<User> users;
    QHash<QString, int> emailLines, usernameLines;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const Record &record = records->at(r);
        if (record.cells.size() != columns.size())
            return lineError(record.line, QStringLiteral("%1 values, but the header has %2 columns")
                                              .arg(record.cells.size())
                                              .arg(columns.size()));
        User user;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString &column = columns.at(c);
            const QString &value = record.cells.at(c);
            if (column == QLatin1String("email")) {
                user.email = value.trimmed();
            } else if (column == QLatin1String("username")) {
                user.username = value.trimmed();
            } else if (column == QLatin1String("display_name")) {
                user.displayName = value.trimmed();
            } else if (column == QLatin1String("coins") || column == QLatin1String("xp")) {
                if (value.trimmed().isEmpty())
                    continue;
                const std::optional<qint64> amount = currencyValue(value);
                if (!amount)
                    return lineError(record.line,
                                     QStringLiteral("%1 \"%2\" is not a whole number of at least 0")
                                         .arg(column, value));
                (column == QLatin1String("coins") ? user.coins : user.xp) = *amount;
            } else {
                if (value.isEmpty())
                    continue; // unset
                const Result<QString> canonical =
                    canonicalValue(fieldsByKey.value(column).type, value);
                if (!canonical)
                    return lineError(
                        record.line,
                        QStringLiteral("field \"%1\": %2").arg(column, canonical.error()));
                user.fields.insert(column, *canonical);
            }
        }
        if (user.email.isEmpty())
            return lineError(record.line, QStringLiteral("email is empty"));
        if (user.username.isEmpty())
            return lineError(record.line, QStringLiteral("username is empty"));
        const QString emailKey = UserRepository::emailKey(user.email);
        if (emailLines.contains(emailKey))
            return lineError(record.line, QStringLiteral("email \"%1\" is already on line %2")
                                              .arg(user.email)
                                              .arg(emailLines.value(emailKey)));
        if (usernameLines.contains(user.username))
            return lineError(record.line, QStringLiteral("username \"%1\" is already on line %2")
                                              .arg(user.username)
                                              .arg(usernameLines.value(user.username)));
        emailLines.insert(emailKey, record.line);
        usernameLines.insert(user.username, record.line);
        users << user;
        if (!report(Progress::Checking, r))
            return cancelled();
    }

    UserRepository userRepository(m_db);
    if (Status status = m_db.beginWrite(); !status)
        return Error{status.error()};
    for (qsizetype i = 0; i < users.size(); ++i) {
        const Result<User> added = userRepository.insert(users.at(i));
        if (!added) {
            m_db.rollback();
            return lineError(records->at(i + 1).line, added.error());
        }
        if (!report(Progress::Writing, i + 1)) {
            m_db.rollback();
            return cancelled();
        }
    }
    // Counted with the users, so that a window of another process notices them.
    if (Status bumped = CommunityChanges::bump(m_db); !bumped) {
        m_db.rollback();
        return Error{bumped.error()};
    }
    if (Status status = m_db.commit(); !status) {
        m_db.rollback();
        return Error{status.error()};
    }
    return int(users.size());
}

} // namespace hb::store
