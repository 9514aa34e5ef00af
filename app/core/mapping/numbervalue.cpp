#include "numbervalue.h"

#include "mapping/valuetext.h"
#include "payload/jsonnumber.h"

namespace hb::mapping {

using payload::Decimal;

bool NumberValue::looksNumeric(const QJsonValue &value)
{
    if (payload::JsonNumber::isNumber(value))
        return true;
    return value.isString() && Decimal::isNumberText(value.toString());
}

hb::Result<Decimal> NumberValue::read(const QJsonValue &value, const QString &path)
{
    if (auto number = Decimal::fromJson(value))
        return *number;
    const QString where = path.isEmpty() ? QString() : QStringLiteral(" at ") + path;
    if (looksNumeric(value))
        return hb::fail(QStringLiteral("value %1%2 is out of range (at most %3 significant digits)")
                            .arg(ValueText::describe(value), where)
                            .arg(Decimal::maxDigits),
                        ErrorKind::OutOfRange);
    return hb::fail(
        QStringLiteral("value %1%2 is not a number").arg(ValueText::describe(value), where),
        ErrorKind::WrongValueKind);
}

} // namespace hb::mapping
