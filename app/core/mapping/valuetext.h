#pragma once

#include <QJsonValue>
#include <QString>

namespace hb::mapping {

// A payload value as reasons quote it: compact JSON, a number with every digit it was sent with
// (a JsonNumber, not its internal mark), cut short so one huge value does not swamp a list.
class ValueText {
public:
    static QString describe(const QJsonValue &value);
};

} // namespace hb::mapping
