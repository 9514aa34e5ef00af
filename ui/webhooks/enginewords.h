#pragma once

#include "mapping/customfield.h"
#include "mapping/webhook.h"

#include <QCoreApplication>
#include <QString>

namespace hb::ui {

// The engine's keywords as the designer shows them to people: operators, currencies, field types,
// condition operators and transform steps, translated. What is stored, compared and offered as
// item data stays the engine's name (mapping::operatorName and its siblings); only the text shown
// goes through tr().
class EngineWords {
    Q_DECLARE_TR_FUNCTIONS(hb::ui::EngineWords)
public:
    static QString operatorLabel(mapping::Operator op); // "add", "subtract", "overwrite"
    // For an engine name read from a model's data: the label, or `name` itself when unknown.
    static QString operatorLabel(const QString &name);
    static QString currencyLabel(mapping::Currency currency); // "Coins", "XP"
    // The currency's own word, lower case as in a webhook's file: "coins", "xp".
    static QString currencyWord(mapping::Currency currency);
    static QString fieldTypeLabel(mapping::FieldType type); // "number", "text"...
    // "equals", "not equals", "greater than"...
    static QString conditionOperatorLabel(mapping::ConditionOperator op);
    static QString transformStepLabel(mapping::TransformStep::Kind kind); // "multiply"...
};

} // namespace hb::ui
