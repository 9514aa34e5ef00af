#include "jsonnumber.h"

#include "decimal.h"

#include <QLocale>
#include <QVariant>

namespace hb::payload {
namespace {

QString shortestText(double number)
{
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

// Up to 15 significant digits (DBL_DIG) and a small exponent, a decimal survives a double
// unchanged: the common case is decided without converting back.
bool plainlyExact(QStringView text)
{
    int digits = 0;
    bool leading = true;
    for (const QChar c : text) {
        if (c == u'e' || c == u'E')
            return false; // exponents are rare: let the round trip decide
        if (!c.isDigit())
            continue;
        if (leading && c == u'0')
            continue;
        leading = false;
        ++digits;
    }
    return digits <= 15;
}

} // namespace

QJsonValue JsonNumber::fromText(QStringView text)
{
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (ok && plainlyExact(text))
        return QJsonValue(number);
    if (ok) {
        const std::optional<Decimal> written = Decimal::fromString(text);
        const std::optional<Decimal> held = Decimal::fromString(shortestText(number));
        if (written && held && *written == *held)
            return QJsonValue(number);
    }
    return QJsonValue(QChar(mark) + text.toString());
}

bool JsonNumber::isMarked(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const QString text = value.toString();
    return text.size() > 1 && text.front() == QChar(mark);
}

bool JsonNumber::isNumber(const QJsonValue &value)
{
    return value.isDouble() || isMarked(value);
}

std::optional<QString> JsonNumber::text(const QJsonValue &value)
{
    if (isMarked(value))
        return value.toString().mid(1);
    if (!value.isDouble())
        return std::nullopt;
    // Qt keeps a JSON integer that fits 64 bits as an integer: exact as written.
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return QString::number(variant.toLongLong());
    return shortestText(value.toDouble());
}

} // namespace hb::payload
