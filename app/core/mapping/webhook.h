#pragma once

#include "crypto/encryptionmode.h"

#include <QDateTime>
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

struct UserMatch {
    Identifier identifier = Identifier::Email;
    QString path; // JSON Pointer into the payload
};

struct FieldMapping {
    QString field; // custom field key
    Operator op = Operator::Overwrite;
    QString path;
};

struct CurrencyMapping {
    Currency currency = Currency::Coins;
    Operator op = Operator::Add;
    QString path;
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
};

} // namespace hb::mapping
