#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace hb::payload {

// Writes Qt's JSON values as JSON text, every number with all its digits (SPEC §1).
//
// QJsonDocument would write a marked exact number (JsonNumber) as a string with the mark in it.
// JsonWriter writes it as the JSON number it is, from its own text. Doubles come out as Qt writes
// them: an integer within 2^53 without a fraction, any other the shortest text that reads back
// as the same double; an integer held as such (qint64) with every digit.
class JsonWriter {
public:
    enum class Format {
        Compact,  // no whitespace between tokens, like QJsonDocument::Compact
        Indented, // like QJsonDocument::Indented: 4 spaces a level, "key": value, a final newline
    };

    // UTF-8 JSON text of any value, a scalar too (undefined is written as null).
    static QByteArray write(const QJsonValue &value, Format format = Format::Compact);
};

} // namespace hb::payload
