#include "decimal.h"

#include "jsonnumber.h"

#include <QRegularExpression>

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <limits>

namespace hb::payload {

namespace {

// __int128 has no std::numeric_limits in strict C++ mode, so the powers are built by hand.
__int128 pow10(int exponent)
{
    __int128 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// The largest magnitude kept, exclusive: 38 digits always fit in 127 bits, so negation and
// alignment by one digit never overflow.
const __int128 kLimit = pow10(Decimal::maxDigits);

__int128 absolute(__int128 value)
{
    return value < 0 ? -value : value;
}

bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// The value times 10^digits, or nullopt when it does not fit in 128 bits.
std::optional<__int128> scaleUp(__int128 value, int digits)
{
    for (int i = 0; i < digits; ++i) {
        if (__builtin_mul_overflow(value, static_cast<__int128>(10), &value))
            return std::nullopt;
    }
    return value;
}

// Products and quotients of two 38-digit values need more than 128 bits on the way.
using BigInt = boost::multiprecision::cpp_int;

BigInt bigPow10(int exponent)
{
    return boost::multiprecision::pow(BigInt(10), static_cast<unsigned>(exponent));
}

BigInt toBig(__int128 value)
{
    const bool negative = value < 0;
    const unsigned __int128 magnitude =
        negative ? static_cast<unsigned __int128>(-value) : static_cast<unsigned __int128>(value);
    BigInt big = static_cast<quint64>(magnitude >> 64);
    big <<= 64;
    big += static_cast<quint64>(magnitude);
    return negative ? BigInt(-big) : big;
}

} // namespace

Decimal::Decimal() = default;

Decimal::Decimal(__int128 mantissa, int scale)
    : m_mantissa(mantissa)
    , m_scale(scale)
{
    normalize();
}

void Decimal::normalize()
{
    while (m_scale > 0 && m_mantissa % 10 == 0) {
        m_mantissa /= 10;
        --m_scale;
    }
    if (m_mantissa == 0)
        m_scale = 0;
}

Decimal Decimal::fromInteger(qint64 value)
{
    return Decimal(value, 0);
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isAsciiSpace(text[begin]))
        ++begin;
    while (end > begin && isAsciiSpace(text[end - 1]))
        --end;
    qsizetype pos = begin;

    bool negative = false;
    if (pos < end && (text[pos] == u'+' || text[pos] == u'-')) {
        negative = text[pos] == u'-';
        ++pos;
    }

    QString digits; // integer and fraction digits, without the point
    int fractionDigits = 0;
    bool seenPoint = false;
    for (; pos < end; ++pos) {
        const QChar c = text[pos];
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
            if (seenPoint)
                ++fractionDigits;
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (digits.isEmpty())
        return std::nullopt;

    // The exponent saturates: a huge one only matters when the digits are not all zero, and
    // then the value is out of range anyway.
    qint64 exponent = 0;
    if (pos < end && (text[pos] == u'e' || text[pos] == u'E')) {
        ++pos;
        bool negativeExponent = false;
        if (pos < end && (text[pos] == u'+' || text[pos] == u'-')) {
            negativeExponent = text[pos] == u'-';
            ++pos;
        }
        const qsizetype exponentStart = pos;
        for (; pos < end && text[pos] >= u'0' && text[pos] <= u'9'; ++pos)
            exponent = std::min<qint64>(exponent * 10 + (text[pos].unicode() - u'0'), 1000000);
        if (pos == exponentStart)
            return std::nullopt;
        if (negativeExponent)
            exponent = -exponent;
    }
    if (pos != end)
        return std::nullopt;

    qsizetype first = 0;
    while (first < digits.size() && digits[first] == u'0')
        ++first;
    qsizetype last = digits.size();
    qint64 scale = fractionDigits - exponent;
    while (last > first && digits[last - 1] == u'0') {
        --last;
        --scale;
    }
    if (first == last)
        return Decimal();
    const qint64 significant = last - first;
    if (significant > maxDigits)
        return std::nullopt;
    if (scale > maxDigits)
        return std::nullopt;
    if (scale < 0 && significant - scale > maxDigits)
        return std::nullopt;

    __int128 mantissa = 0;
    for (qsizetype i = first; i < last; ++i)
        mantissa = mantissa * 10 + (digits[i].unicode() - u'0');
    if (scale < 0) {
        mantissa *= pow10(static_cast<int>(-scale));
        scale = 0;
    }
    return Decimal(negative ? -mantissa : mantissa, static_cast<int>(scale));
}

std::optional<Decimal> Decimal::fromJson(const QJsonValue &value)
{
    if (const std::optional<QString> number = JsonNumber::text(value))
        return fromString(*number);
    if (value.isString())
        return fromString(value.toString());
    return std::nullopt;
}

QString Decimal::toString() const
{
    __int128 magnitude = absolute(m_mantissa);
    QString digits;
    do {
        digits.prepend(QChar(u'0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude != 0);
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - m_scale, u'.');
    }
    if (m_mantissa < 0)
        digits.prepend(u'-');
    return digits;
}

std::optional<Decimal> Decimal::add(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const auto left = scaleUp(m_mantissa, scale - m_scale);
    const auto right = scaleUp(other.m_mantissa, scale - other.m_scale);
    if (!left || !right)
        return std::nullopt;
    __int128 sum = 0;
    if (__builtin_add_overflow(*left, *right, &sum))
        return std::nullopt;
    const Decimal result(sum, scale);
    if (absolute(result.m_mantissa) >= kLimit)
        return std::nullopt;
    return result;
}

std::optional<Decimal> Decimal::subtract(const Decimal &other) const
{
    return add(Decimal(-other.m_mantissa, other.m_scale));
}

// A wide mantissa at `scale` made a Decimal when it fits without losing a digit.
static std::optional<Decimal> fitWide(BigInt mantissa, int scale, __int128 limit)
{
    while (scale > 0 && mantissa != 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    if (mantissa == 0)
        return Decimal();
    if (scale > Decimal::maxDigits || boost::multiprecision::abs(mantissa) >= toBig(limit))
        return std::nullopt;
    // Through its text: the constructor from a mantissa is private, and this path is rare.
    const QString text =
        QString::fromStdString(mantissa.str()) + QStringLiteral("e-") + QString::number(scale);
    return Decimal::fromString(text);
}

std::optional<Decimal> Decimal::multiply(const Decimal &other) const
{
    __int128 product = 0;
    if (!__builtin_mul_overflow(m_mantissa, other.m_mantissa, &product)) {
        Decimal result(product, 0);
        // Both scales are at most 38, their sum fits an int; normalize() may bring it back.
        result.m_scale = m_scale + other.m_scale;
        result.normalize();
        if (result.m_scale > maxDigits || absolute(result.m_mantissa) >= kLimit)
            return std::nullopt;
        return result;
    }
    return fitWide(toBig(m_mantissa) * toBig(other.m_mantissa), m_scale + other.m_scale, kLimit);
}

std::optional<Decimal> Decimal::divide(const Decimal &other, int fractionDigits) const
{
    if (other.isZero())
        return std::nullopt;
    if (isZero())
        return Decimal();
    fractionDigits = std::clamp(fractionDigits, 0, maxDigits);
    // (a / 10^sa) / (b / 10^sb) = (a * 10^sb) / (b * 10^sa), taken to `places` digits.
    const bool negative = (m_mantissa < 0) != (other.m_mantissa < 0);
    const BigInt numerator = toBig(absolute(m_mantissa)) * bigPow10(other.m_scale);
    const BigInt denominator = toBig(absolute(other.m_mantissa)) * bigPow10(m_scale);
    // A quotient that ends within 38 places is exact.
    BigInt quotient = 0;
    BigInt remainder = 0;
    boost::multiprecision::divide_qr(numerator * bigPow10(maxDigits), denominator, quotient,
                                     remainder);
    if (remainder == 0) {
        if (auto exact = fitWide(negative ? BigInt(-quotient) : quotient, maxDigits, kLimit))
            return exact;
    }
    boost::multiprecision::divide_qr(numerator * bigPow10(fractionDigits), denominator, quotient,
                                     remainder);
    const BigInt twice = remainder * 2;
    if (twice > denominator || (twice == denominator && quotient % 2 != 0))
        ++quotient;
    return fitWide(negative ? BigInt(-quotient) : quotient, fractionDigits, kLimit);
}

Decimal Decimal::rounded(int places, bool halfEven) const
{
    places = std::max(places, 0);
    if (places >= m_scale)
        return *this;
    const __int128 divisor = pow10(m_scale - places);
    __int128 quotient = m_mantissa / divisor;                  // toward zero
    const __int128 twice = absolute(m_mantissa % divisor) * 2; // < 2 * 10^38: fits
    if (twice > divisor || (twice == divisor && (!halfEven || quotient % 2 != 0)))
        quotient += m_mantissa < 0 ? -1 : 1;
    return Decimal(quotient, places);
}

Decimal Decimal::round(int places) const
{
    return rounded(places, false);
}

Decimal Decimal::roundHalfEven(int places) const
{
    return rounded(places, true);
}

bool Decimal::isNumberText(QStringView text)
{
    static const QRegularExpression number(QStringLiteral(
        "^[ \\t\\r\\n]*[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?[ \\t\\r\\n]*$"));
    return number.match(text).hasMatch();
}

int Decimal::compare(const Decimal &other) const
{
    const auto sign = [](__int128 v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); };
    const int mySign = sign(m_mantissa);
    const int otherSign = sign(other.m_mantissa);
    if (mySign != otherSign)
        return mySign < otherSign ? -1 : 1;

    // Compare magnitudes as integer part, then fraction stretched to 38 places: both fit.
    const __int128 a = absolute(m_mantissa);
    const __int128 b = absolute(other.m_mantissa);
    const __int128 aInt = a / pow10(m_scale);
    const __int128 bInt = b / pow10(other.m_scale);
    int magnitude = 0;
    if (aInt != bInt) {
        magnitude = aInt < bInt ? -1 : 1;
    } else {
        const __int128 aFrac = (a % pow10(m_scale)) * pow10(maxDigits - m_scale);
        const __int128 bFrac = (b % pow10(other.m_scale)) * pow10(maxDigits - other.m_scale);
        magnitude = aFrac == bFrac ? 0 : (aFrac < bFrac ? -1 : 1);
    }
    return mySign < 0 ? -magnitude : magnitude;
}

bool Decimal::isInteger() const
{
    return m_scale == 0;
}

bool Decimal::isNegative() const
{
    return m_mantissa < 0;
}

bool Decimal::isZero() const
{
    return m_mantissa == 0;
}

std::optional<qint64> Decimal::toInt64() const
{
    if (m_scale != 0)
        return std::nullopt;
    if (m_mantissa < std::numeric_limits<qint64>::min()
        || m_mantissa > std::numeric_limits<qint64>::max())
        return std::nullopt;
    return static_cast<qint64>(m_mantissa);
}

QJsonValue Decimal::toJson() const
{
    return JsonNumber::fromText(toString());
}

} // namespace hb::payload
