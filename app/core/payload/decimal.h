#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace hb::payload {

// An exact decimal number (SPEC §1): a signed 128-bit mantissa and a decimal scale, so up to 38
// significant digits are kept exactly and no value ever passes through double arithmetic.
class Decimal {
public:
    Decimal(); // 0
    static Decimal fromInteger(qint64 value);

    // Trims ASCII spaces; accepts [+-]digits[.digits] (also ".5" and "5.") with an optional
    // exponent ("1e3", "2.5E-2"); rejects "1,000", "abc", "", "NaN", "Infinity", "0x10" and
    // values with more than 38 significant digits.
    static std::optional<Decimal> fromString(QStringView text);

    // A JSON number is taken as written: its exact text when JsonReader kept it (JsonNumber),
    // else the shortest round-trip text of the double, so 0.1 is exactly 0.1; a JSON string goes
    // through fromString; anything else gives nullopt.
    static std::optional<Decimal> fromJson(const QJsonValue &value);

    // Canonical: no trailing zeros, no exponent ("22.5", "0", "-3"), never "-0".
    QString toString() const;

    std::optional<Decimal> add(const Decimal &other) const;      // nullopt on overflow
    std::optional<Decimal> subtract(const Decimal &other) const; // nullopt on overflow
    // Exact; nullopt when the product needs more than 38 significant digits or 38 places.
    std::optional<Decimal> multiply(const Decimal &other) const;
    // Exact when the quotient ends within 38 digits; otherwise rounded half-even to
    // `fractionDigits` places. nullopt for a zero divisor or a quotient too large to hold.
    std::optional<Decimal> divide(const Decimal &other, int fractionDigits = 18) const;
    // To `places` fractional digits (0..38): 2.5 -> 3, -2.5 -> -3 (half away from zero).
    Decimal round(int places) const;
    // The same with ties to the even digit: 2.5 -> 2, 3.5 -> 4 (banker's rounding).
    Decimal roundHalfEven(int places) const;

    // Whether `text` is written like a number ([+-]digits[.digits][e[+-]digits], spaces around),
    // whatever its size: tells "1e400" (out of range) from "abc" (not a number) when
    // fromString() refuses both.
    static bool isNumberText(QStringView text);

    int compare(const Decimal &other) const; // -1, 0, 1
    bool operator==(const Decimal &other) const { return compare(other) == 0; }
    bool operator!=(const Decimal &other) const { return compare(other) != 0; }
    bool operator<(const Decimal &other) const { return compare(other) < 0; }
    bool operator<=(const Decimal &other) const { return compare(other) <= 0; }
    bool operator>(const Decimal &other) const { return compare(other) > 0; }
    bool operator>=(const Decimal &other) const { return compare(other) >= 0; }

    bool isInteger() const;
    bool isNegative() const;
    bool isZero() const;
    std::optional<qint64> toInt64() const; // only when integer and in range

    // A JSON number with every digit (JsonNumber: a double when one holds it exactly).
    QJsonValue toJson() const;

    static constexpr int maxDigits = 38;

private:
    Decimal(__int128 mantissa, int scale);
    void normalize();
    Decimal rounded(int places, bool halfEven) const;

    __int128 m_mantissa = 0; // value = m_mantissa / 10^m_scale
    int m_scale = 0;         // 0..maxDigits; always normalized (no trailing zeros in m_mantissa)
};

} // namespace hb::payload
