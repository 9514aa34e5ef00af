#pragma once

// Reading back the CSV files the program writes, in tests: RFC 4180 with quoted fields, doubled
// quotes, commas and line breaks inside, CRLF between records.
#include <QString>
#include <QStringList>

#include <utility>

namespace csvreader {

// RFC 4180 read back: quoted fields with doubled quotes, commas and line breaks inside.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    auto following = [&text](qsizetype i) {
        return i + 1 < text.size() ? text.at(i + 1) : QChar();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && following(i) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << std::exchange(field, QString());
        } else if (c == QLatin1Char('\r') && following(i) == QLatin1Char('\n')) {
            row << std::exchange(field, QString());
            rows << std::exchange(row, QStringList());
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace csvreader
