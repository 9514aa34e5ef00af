#pragma once

#include "mapping/webhook.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace hb::ui {

// A condition's value as the designer shows and reads it: JSON-like text ("deposit" quoted,
// 12.5, true, a list for one_of), never showing the mark of an exact number (JsonNumber).
class ConditionValue {
public:
    // The operators that make sense for the sample's value at the condition's path (SPEC §2):
    // numbers compare, text contains, arrays contain, and anything may exist or be missing.
    static QList<mapping::ConditionOperator> operatorsFor(const std::optional<QJsonValue> &sample);
    // The condition the designer proposes for a node: equals its value, or exists.
    static mapping::Condition proposeFor(const QString &path,
                                         const std::optional<QJsonValue> &sample);
    // Whether `op` takes a value at all (exists and missing do not).
    static bool takesValue(mapping::ConditionOperator op);
    static QString toText(const QJsonValue &value);
    // Reads what the admin typed, guided by the sample's value: 12 next to a number is a
    // number, next to text the text "12"; one_of takes a comma-separated list or a JSON array.
    static QJsonValue fromText(const QString &text, mapping::ConditionOperator op,
                               const std::optional<QJsonValue> &sample);
    // "equals", "not equals", "greater than"...: the operator's name for people.
    static QString label(mapping::ConditionOperator op);
    // "/event equals "deposit"": a condition in one line.
    static QString describe(const mapping::Condition &condition);

private:
    static QJsonValue scalarFromText(const QString &text, const std::optional<QJsonValue> &sample);
};

} // namespace hb::ui
