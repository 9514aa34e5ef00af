#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace hb::payload {

// Reads JSON text into Qt's JSON values without losing a digit (SPEC §1, "exact from the wire").
//
// QJsonDocument turns every number into a double, so 12345678901234567.89 would arrive as
// 12345678901234568. JsonReader parses with RapidJSON, which hands over each number's own text,
// and makes it a value through JsonNumber::fromText: a double when one holds the number exactly,
// else the marked text. Everything else is what QJsonDocument gives: any value at the top level
// (also a scalar), objects with the last of duplicate keys, strings validated as UTF-8.
class JsonReader {
public:
    struct Error {
        QString message;      // RapidJSON's, e.g. "missing a comma or ']' after an array element"
        qsizetype offset = 0; // bytes from the start of the text
    };

    // The value of the text, which must be one JSON value and nothing but whitespace around it;
    // nothing (and *error set) otherwise. Nesting deeper than maxDepth is refused: the tree and
    // everything that walks it recursively would need that much stack.
    static std::optional<QJsonValue> read(QByteArrayView json, Error *error = nullptr);

    // A string received from outside (a JSON string, a form or query value) as it may be kept in
    // a payload: one that starts with JsonNumber::mark gets U+FFFD in its place, so that a sender
    // can never pass text off as a number, nor have it written raw into the JSON we output.
    static QString wireString(QString text);

    static constexpr int maxDepth = 512;
};

} // namespace hb::payload
