#pragma once

#include "mapping/customfield.h"
#include "mapping/webhook.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace hb::mapping {

// Everything one delivery changes, computed and checked before anything is written.
class ChangePlan {
public:
    struct FieldChange {
        QString field; // custom field key
        FieldType type = FieldType::Text;
        Operator op = Operator::Overwrite;
        std::optional<QString> oldValue; // canonical text; unset = nullopt
        QString newValue;                // canonical text
        // Under for_each: the item's user (label) and the element's index, written as "user"
        // and "item" members; item -1 without for_each (no members).
        QString user;
        int item = -1;
    };
    struct CurrencyChange {
        Currency currency = Currency::Coins;
        Operator op = Operator::Add;
        qint64 oldValue = 0;
        qint64 newValue = 0;
        qint64 delta = 0; // newValue - oldValue
        QString user;     // as FieldChange
        int item = -1;
    };
    struct MessageChange {
        QString channel;
        QString text;
    };

    QList<FieldChange> fields;
    QList<CurrencyChange> currencies;
    std::optional<MessageChange> message;

    bool isEmpty() const { return fields.isEmpty() && currencies.isEmpty() && !message; }

    // The `changes` of a delivery, one object per change:
    // {"kind":"field","field":K,"operator":O,"old":V|null,"new":V} (typed like `user show`),
    // {"kind":"currency","currency":C,"operator":O,"old":N,"new":N,"delta":N},
    // {"kind":"message","channel":C,"text":T}. Under for_each a field or currency change also
    // has "user" (label) and "item" (the element's index).
    QJsonArray toJson() const;
    // The same array as compact JSON text, written directly: building QJsonObjects and a
    // QJsonDocument for every delivery cost a fifth of the processing time.
    QString toJsonText() const;
    // A stored field value (canonical text) as JSON, typed like `user show`.
    static QJsonValue fieldValueToJson(FieldType type, const std::optional<QString> &value);
};

} // namespace hb::mapping
