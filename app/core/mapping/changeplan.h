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
    };
    struct CurrencyChange {
        Currency currency = Currency::Coins;
        Operator op = Operator::Add;
        qint64 oldValue = 0;
        qint64 newValue = 0;
        qint64 delta = 0; // newValue - oldValue
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
    // {"kind":"message","channel":C,"text":T}.
    QJsonArray toJson() const;
    // The same array as compact JSON text, written directly: building QJsonObjects and a
    // QJsonDocument for every delivery cost a fifth of the processing time.
    QString toJsonText() const;
    // A stored field value (canonical text) as JSON, typed like `user show`.
    static QJsonValue fieldValueToJson(FieldType type, const std::optional<QString> &value);
};

} // namespace hb::mapping
