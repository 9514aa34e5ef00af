#pragma once

#include "common/result.h"
#include "payload/decimal.h"

#include <QJsonValue>
#include <QString>

namespace hb::mapping {

// Reads a payload value as an exact decimal for the engine, telling "abc" (not a number) from
// "1e400" or a 40-digit number (written like a number, but out of range): the second must be
// refused as such, never rounded (SPEC §1).
class NumberValue {
public:
    // Fails `value "abc" at /amount is not a number` or `value 1e400 at /amount is out of range
    // (at most 38 significant digits)`; without `path` the " at ..." part is left out.
    static hb::Result<payload::Decimal> read(const QJsonValue &value, const QString &path = {});
    // Whether the value is written like a number (a JSON number or numeric text), in range or not.
    static bool looksNumeric(const QJsonValue &value);
};

} // namespace hb::mapping
