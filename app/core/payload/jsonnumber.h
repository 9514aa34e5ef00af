#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace hb::payload {

// Exact JSON numbers inside Qt's JSON values (SPEC §1, "exact from the wire").
//
// QJsonValue holds a number as a double, which keeps about 15 significant digits: a payload's
// 12345678901234567.89 would become 12345678901234568. So a number whose text a double cannot
// hold exactly is kept as that text, in a string value marked by a leading U+FDD0 (a Unicode
// noncharacter, "reserved for internal use"). Every number that a double does hold exactly stays
// a plain double, which is nearly all of them, so most code never meets a marked value. Only the
// places that read numbers (Decimal::fromJson, type checks) and write JSON (JsonWriter) know the
// mark; JsonReader makes such values from a body's own text.
class JsonNumber {
public:
    // A JSON number from its text as written ("12.50", "1e-3", "-0"): a double when the double's
    // shortest text reads back as the same decimal, otherwise the marked text. The text must be
    // a JSON number (the caller's parser checked it).
    static QJsonValue fromText(QStringView text);

    // Whether the value is a number: a double, or a marked exact number.
    static bool isNumber(const QJsonValue &value);
    static bool isMarked(const QJsonValue &value);

    // The number's text: a marked value's own text, or a double's shortest round-trip text
    // (integers without a decimal point). Nothing for a value that is not a number.
    static std::optional<QString> text(const QJsonValue &value);

    static constexpr char16_t mark = u'\xFDD0';
};

} // namespace hb::payload
