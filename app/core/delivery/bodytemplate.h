#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hb::delivery {

// The body of a batch's requests with `{{ column }}` placeholders, filled from each row.
//
// Parsed once, filled per row: a thousand rows cost a thousand appends, not a thousand searches.
// A placeholder inside a JSON string literal ("email": "{{email}}") is filled JSON-escaped, so a
// value with a quote or a line break still makes valid JSON; anywhere else it is filled as is,
// so `"coins": {{coins}}` sends a number.
class BodyTemplate {
public:
    // Errors name the line: "line 4: {{ is not closed with }}".
    static hb::Result<BodyTemplate> parse(const QByteArray &text);

    // Each name once, in the order first used.
    QStringList placeholders() const;
    // "the template uses {{coin}}, which the file does not have (columns: email, coins)".
    hb::Status checkColumns(const QStringList &columns) const;
    // The first placeholder without a value among `values` (a JSON-lines row may lack a key);
    // empty when every one has one.
    QString missingValue(const QHash<QString, QString> &values) const;
    // A missing value is filled as empty text.
    QByteArray fill(const QHash<QString, QString> &values) const;

private:
    struct Part {
        QByteArray literal;    // the text before the placeholder (or the template's tail)
        QString placeholder;   // empty: the tail, no placeholder follows
        bool inString = false; // the placeholder sits inside a JSON string literal
    };

    QList<Part> m_parts;
    qsizetype m_literalSize = 0;
};

} // namespace hb::delivery
