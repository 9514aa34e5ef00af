#pragma once

#include "common/result.h"
#include "mapping/webhook.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>

namespace hb::mapping {

// The `when` member of the configuration file (SPEC §2): `[{"path", "operator", "value"}]`.
class ConditionConfig {
public:
    // Refusals name the member: `when[0].operator: "bigger" is not one of equals, ...`,
    // `when[1].value: one_of takes an array`.
    static hb::Result<QList<Condition>> read(const QJsonValue &value);
    static QJsonArray write(const QList<Condition> &when);
};

} // namespace hb::mapping
