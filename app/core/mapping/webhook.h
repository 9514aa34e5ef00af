#pragma once

#include "crypto/encryptionmode.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace hb::mapping {

enum class Operator { Add, Subtract, Overwrite };
enum class Currency { Coins, Xp };
enum class Identifier { Email, Username };
using EncryptionMode = crypto::EncryptionMode;

QString operatorName(Operator op); // "add", "subtract", "overwrite"
std::optional<Operator> operatorFromName(const QString &name);
QString currencyName(Currency currency); // "coins", "xp"
std::optional<Currency> currencyFromName(const QString &name);
QString identifierName(Identifier identifier); // "email", "username"
std::optional<Identifier> identifierFromName(const QString &name);
QString encryptionModeName(EncryptionMode mode); // "cbc", "gcm"
std::optional<EncryptionMode> encryptionModeFromName(const QString &name);

// SPEC §2 "Conditions, transforms and for-each".
enum class ConditionOperator {
    Equals,
    NotEquals,
    OneOf, // value is an array
    Exists,
    Missing, // no value (absent or null)
    GreaterThan,
    LessThan, // numbers compared as exact decimals
    Contains, // text contains text; an array contains the value
};
// "equals", "not_equals", "one_of", "exists", "missing", "greater_than", "less_than", "contains"
QString conditionOperatorName(ConditionOperator op);
std::optional<ConditionOperator> conditionOperatorFromName(const QString &name);

// One entry of `when`: it holds when the value at `path` of the whole payload passes `op`.
struct Condition {
    QString path; // JSON Pointer
    ConditionOperator op = ConditionOperator::Equals;
    QJsonValue value; // undefined for exists and missing; an array for one_of
};

// One step of a mapping's `transform` chain, applied in order to the value read at its path.
struct TransformStep {
    enum class Kind {
        Number,    // {"number": true}: text such as " 1,234.50 " to a number
        Multiply,  // {"multiply": "0.01"}
        Divide,    // {"divide": "100"}: exact; a quotient that does not end: half-even, 18 places
        Round,     // {"round": 2}: half away from zero
        Trim,      // {"trim": true}
        Lowercase, // {"lowercase": true}
        Map,       // {"map": {"g": "gold"}, "else": "none"}
        Date,      // {"date": "dd/MM/yyyy"} or {"date": "unix"}: to an ISO 8601 date
    };
    Kind kind = Kind::Number;
    QString operand;   // Multiply, Divide: the decimal as text; Date: "unix" or a Qt date format
    int places = 0;    // Round
    QJsonObject table; // Map: text -> value
    std::optional<QJsonValue> otherwise; // Map: "else", for a value not in the table
};
// "number", "multiply", "divide", "round", "trim", "lowercase", "map", "date"
QString transformStepName(TransformStep::Kind kind);
std::optional<TransformStep::Kind> transformStepFromName(const QString &name);

struct UserMatch {
    Identifier identifier = Identifier::Email;
    QString path; // JSON Pointer into the payload
};

// The constructors keep `FieldMapping{key, op, path}` working without naming the optional parts.
struct FieldMapping {
    FieldMapping() = default;
    FieldMapping(QString field, Operator op, QString path, QList<TransformStep> transform = {},
                 std::optional<QJsonValue> defaultValue = std::nullopt)
        : field(std::move(field))
        , op(op)
        , path(std::move(path))
        , transform(std::move(transform))
        , defaultValue(std::move(defaultValue))
    {}

    QString field; // custom field key
    Operator op = Operator::Overwrite;
    QString path;
    QList<TransformStep> transform;
    std::optional<QJsonValue> defaultValue; // "default": used when the path is missing or null
};

struct CurrencyMapping {
    CurrencyMapping() = default;
    CurrencyMapping(Currency currency, Operator op, QString path,
                    QList<TransformStep> transform = {},
                    std::optional<QJsonValue> defaultValue = std::nullopt)
        : currency(currency)
        , op(op)
        , path(std::move(path))
        , transform(std::move(transform))
        , defaultValue(std::move(defaultValue))
    {}

    Currency currency = Currency::Coins;
    Operator op = Operator::Add;
    QString path;
    QList<TransformStep> transform;
    std::optional<QJsonValue> defaultValue;
};

struct MessageMapping {
    QString channel;
    QString text; // with {{/json/pointer}} placeholders
};

struct Encryption {
    EncryptionMode mode = EncryptionMode::Gcm;
    QString key; // exactly 32 characters, used as its UTF-8 bytes
};

// A webhook as SPEC §2 describes it. `id` is 0 until stored.
struct Webhook {
    qint64 id = 0;
    QString name;
    QString token;
    bool enabled = true;
    // A draft receives requests like a live webhook but keeps them as Sample deliveries that are
    // never applied on their own (SPEC §2); its user path may still be empty.
    bool draft = false;
    QString apiKey;                       // empty: no key required
    std::optional<Encryption> encryption; // unset: plain bodies
    QString signingSecret;                // empty: no signature required
    UserMatch user;
    QList<FieldMapping> fields;
    QList<CurrencyMapping> currencies;
    std::optional<MessageMapping> message;
    QList<Condition> when; // all must hold, else the delivery is Skipped
    // A JSON Pointer to an array: each element is one item for `user`, `fields` and `currencies`
    // (their paths relative to it). Empty: the whole payload is the one item.
    QString forEach;
};

} // namespace hb::mapping
