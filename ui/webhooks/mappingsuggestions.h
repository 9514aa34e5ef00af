#pragma once

#include "mapping/customfield.h"
#include "mapping/webhook.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace hb::ui {

// One thing the designer proposes after a catch, accepted or dismissed with one click.
struct MappingSuggestion {
    enum class Kind {
        UserPath,        // map to user by `identifier` at `path`
        FieldRow,        // a row: `field` `op` `path`, with `transform`
        CurrencyRow,     // a row: `currency` `op` `path`, with `transform`
        NumberTransform, // add {"number": true} to the row `row` (its value is numeric text)
    };
    Kind kind = Kind::UserPath;
    QString key;  // stable across catches, for "dismissed": "field:total-deposit:/amount"
    QString text; // what the chip says
    QString path; // relative to the for-each item when there is one
    mapping::Identifier identifier = mapping::Identifier::Email;
    QString field;
    mapping::Currency currency = mapping::Currency::Coins;
    mapping::Operator op = mapping::Operator::Add;
    QList<mapping::TransformStep> transform;
    int row = -1; // NumberTransform: the mapping row, fields first then currencies
};

// What a sample says about its own mapping (issue 14 "Suggestions"): PURE, no widgets, so that
// the inference is tested on its own. Only what the webhook does not do yet is proposed.
class MappingSuggestions {
    Q_DECLARE_TR_FUNCTIONS(hb::ui::MappingSuggestions)
public:
    static QList<MappingSuggestion> infer(const QJsonValue &payload,
                                          const QList<mapping::CustomField> &fields,
                                          const mapping::Webhook &webhook);
    // `webhook` with `suggestion` taken.
    static mapping::Webhook apply(const mapping::Webhook &webhook,
                                  const MappingSuggestion &suggestion);
    // A member or field name compared ignoring case, '_', '-' and spaces: "Total_Deposit" and
    // "total-deposit" are the same.
    static QString normalized(const QString &name);
    // Text that the `number` step reads as a number (" 1,234.50 ").
    static bool isNumericText(const QJsonValue &value);
    static bool looksLikeEmail(const QJsonValue &value);
};

} // namespace hb::ui
