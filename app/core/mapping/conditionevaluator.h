#pragma once

#include "mapping/webhook.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace hb::mapping {

// A webhook's `when` (SPEC §2) on the whole payload: every condition must hold, else the
// delivery is Skipped. Numbers are compared as exact decimals; a numeric string in the payload
// compares as a number when the condition's value is a number.
class ConditionEvaluator {
public:
    // The Skipped reason for the first condition not met, naming it and the value seen:
    // `condition /event equals "deposit" not met (was "refund")`, `... (was missing)`;
    // nothing when all hold. A condition whose path is not a JSON Pointer is not met.
    static std::optional<QString> firstUnmet(const QList<Condition> &when,
                                             const QJsonValue &payload);
    // One condition on the value at its path (nothing: absent).
    static bool holds(const Condition &condition, const std::optional<QJsonValue> &value);
    // Whether two JSON values are equal the way `equals` compares them.
    static bool equal(const QJsonValue &expected, const QJsonValue &seen);
};

} // namespace hb::mapping
