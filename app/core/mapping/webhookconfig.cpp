#include "webhookconfig.h"

#include "conditionconfig.h"
#include "fieldkey.h"
#include "payload/jsonpointer.h"
#include "payload/jsonreader.h"
#include "transformconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

namespace hb::mapping {
namespace {

// Reads one JSON object and remembers where it is in the file, so that every message names the
// member at fault ("fields[1].operator: ...").
class Reader {
public:
    Reader(const QJsonObject &object, QString prefix)
        : m_object(object)
        , m_prefix(std::move(prefix))
    {}

    QString member(const QString &name) const
    {
        return m_prefix.isEmpty() ? name : m_prefix + QLatin1Char('.') + name;
    }
    Error error(const QString &name, const QString &message) const
    {
        return fail(member(name) + QStringLiteral(": ") + message);
    }
    bool has(const QString &name) const { return m_object.contains(name); }

    // Every member must be one of `known`: a typo must not silently switch a feature off.
    Status onlyKnown(const QStringList &known) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!known.contains(it.key()))
                return error(it.key(), QStringLiteral("unknown member (expected one of %1)")
                                           .arg(known.join(QStringLiteral(", "))));
        }
        return success();
    }

    // A required, non-empty (after trimming) string.
    Result<QString> requiredString(const QString &name) const
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull())
            return error(name, QStringLiteral("required"));
        if (!value.isString())
            return error(name, QStringLiteral("must be a string"));
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return error(name, QStringLiteral("required (it is empty)"));
        return text;
    }

    // A JSON Pointer to a value in the payload.
    Result<QString> path(const QString &name) const
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull())
            return error(name, QStringLiteral("required"));
        if (!value.isString())
            return error(name, QStringLiteral("must be a string"));
        const QString text = value.toString();
        if (!text.startsWith(QLatin1Char('/')))
            return error(
                name, QStringLiteral("\"%1\" is not a JSON Pointer (must start with /)").arg(text));
        const Result<payload::JsonPointer> pointer = payload::JsonPointer::parse(text);
        if (!pointer)
            return error(name, pointer.error());
        return text;
    }

    Result<QJsonObject> object(const QString &name) const
    {
        const QJsonValue value = m_object.value(name);
        if (!value.isObject())
            return error(name, QStringLiteral("must be an object"));
        return value.toObject();
    }

    Result<QJsonArray> array(const QString &name) const
    {
        const QJsonValue value = m_object.value(name);
        if (!value.isArray())
            return error(name, QStringLiteral("must be an array"));
        return value.toArray();
    }

    Result<Operator> op(const QString &name) const
    {
        Result<QString> text = requiredString(name);
        if (!text)
            return Error{text.error()};
        const std::optional<Operator> parsed = operatorFromName(*text);
        if (!parsed)
            return error(name,
                         QStringLiteral("\"%1\" is not add, subtract or overwrite").arg(*text));
        return *parsed;
    }

private:
    QJsonObject m_object;
    QString m_prefix;
};

const QStringList topLevelMembers = {
    QStringLiteral("name"),     QStringLiteral("token"),      QStringLiteral("enabled"),
    QStringLiteral("api_key"),  QStringLiteral("encryption"), QStringLiteral("signing_secret"),
    QStringLiteral("user"),     QStringLiteral("fields"),     QStringLiteral("currencies"),
    QStringLiteral("message"),  QStringLiteral("draft"),      QStringLiteral("when"),
    QStringLiteral("for_each"),
};

Result<Encryption> readEncryption(const Reader &top)
{
    const Result<QJsonObject> object = top.object(QStringLiteral("encryption"));
    if (!object)
        return Error{object.error()};
    const Reader reader(*object, QStringLiteral("encryption"));
    if (Status status = reader.onlyKnown({QStringLiteral("mode"), QStringLiteral("key")}); !status)
        return Error{status.error()};
    Encryption encryption;
    const Result<QString> mode = reader.requiredString(QStringLiteral("mode"));
    if (!mode)
        return Error{mode.error()};
    const std::optional<EncryptionMode> parsedMode = encryptionModeFromName(*mode);
    if (!parsedMode)
        return reader.error(QStringLiteral("mode"),
                            QStringLiteral("\"%1\" is not cbc or gcm").arg(*mode));
    encryption.mode = *parsedMode;
    const QJsonValue key = object->value(QStringLiteral("key"));
    if (key.isUndefined() || key.isNull())
        return reader.error(QStringLiteral("key"), QStringLiteral("required"));
    if (!key.isString())
        return reader.error(QStringLiteral("key"), QStringLiteral("must be a string"));
    // Not trimmed: a space is a character of the key like any other.
    encryption.key = key.toString();
    if (encryption.key.size() != 32)
        return reader.error(
            QStringLiteral("key"),
            QStringLiteral("must be exactly 32 characters (got %1)").arg(encryption.key.size()));
    if (encryption.key.toUtf8().size() != 32)
        return reader.error(QStringLiteral("key"),
                            QStringLiteral("must be 32 ASCII characters (the key is their 32 "
                                           "bytes; got %1 bytes in UTF-8)")
                                .arg(encryption.key.toUtf8().size()));
    return encryption;
}

Status checkSigningSecret(const Reader &top, const QString &secret)
{
    const QString prefix = QStringLiteral("whsec_");
    const QString problem =
        QStringLiteral("must be whsec_ followed by the base64 of 24 to 64 random bytes");
    if (!secret.startsWith(prefix))
        return top.error(QStringLiteral("signing_secret"), problem);
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        secret.mid(prefix.size()).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < 24 || decoded.decoded.size() > 64)
        return top.error(QStringLiteral("signing_secret"), problem);
    return success();
}

Status checkToken(const Reader &top, const QString &token)
{
    static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]{22,}$"));
    if (!urlSafe.match(token).hasMatch())
        return top.error(QStringLiteral("token"),
                         QStringLiteral("must be at least 22 URL-safe characters (A-Z, a-z, "
                                        "0-9, - and _: 128 bits or more)"));
    return success();
}

// A draft may not know its user path yet (SPEC §2: `"path": ""`); a live webhook must.
Result<UserMatch> readUser(const Reader &top, bool draft)
{
    if (!top.has(QStringLiteral("user")))
        return top.error(QStringLiteral("user"), QStringLiteral("required"));
    const Result<QJsonObject> object = top.object(QStringLiteral("user"));
    if (!object)
        return Error{object.error()};
    const Reader reader(*object, QStringLiteral("user"));
    if (Status status = reader.onlyKnown({QStringLiteral("identifier"), QStringLiteral("path")});
        !status)
        return Error{status.error()};
    const Result<QString> identifier = reader.requiredString(QStringLiteral("identifier"));
    if (!identifier)
        return Error{identifier.error()};
    UserMatch match;
    const std::optional<Identifier> parsed = identifierFromName(*identifier);
    if (!parsed)
        return reader.error(QStringLiteral("identifier"),
                            QStringLiteral("\"%1\" is not email or username").arg(*identifier));
    match.identifier = *parsed;
    if (draft && reader.has(QStringLiteral("path"))
        && object->value(QStringLiteral("path")) == QJsonValue(QString()))
        return match;
    const Result<QString> path = reader.path(QStringLiteral("path"));
    if (!path)
        return Error{path.error()};
    match.path = *path;
    return match;
}

Result<FieldMapping> readField(const QJsonValue &value, const QString &prefix,
                               const QList<CustomField> *knownFields)
{
    if (!value.isObject())
        return fail(prefix + QStringLiteral(": must be an object"));
    const Reader reader(value.toObject(), prefix);
    if (Status status = reader.onlyKnown({QStringLiteral("field"), QStringLiteral("operator"),
                                          QStringLiteral("path"), QStringLiteral("transform"),
                                          QStringLiteral("default")});
        !status)
        return Error{status.error()};
    FieldMapping mapping;
    std::optional<FieldType> type;
    const Result<QString> field = reader.requiredString(QStringLiteral("field"));
    if (!field)
        return Error{field.error()};
    mapping.field = *field;
    if (!FieldKey::isValid(mapping.field))
        return reader.error(QStringLiteral("field"), FieldKey::problem(mapping.field));
    const Result<Operator> op = reader.op(QStringLiteral("operator"));
    if (!op)
        return Error{op.error()};
    mapping.op = *op;
    if (knownFields) {
        const auto found =
            std::find_if(knownFields->begin(), knownFields->end(),
                         [&](const CustomField &known) { return known.key == mapping.field; });
        if (found == knownFields->end())
            return reader.error(QStringLiteral("field"),
                                QStringLiteral("no custom field \"%1\"").arg(mapping.field));
        type = found->type;
        if (found->type != FieldType::Number && mapping.op != Operator::Overwrite)
            return reader.error(
                QStringLiteral("operator"),
                QStringLiteral("\"%1\" is not allowed for %2 field \"%3\" (only "
                               "overwrite)")
                    .arg(operatorName(mapping.op), fieldTypeName(found->type), mapping.field));
    }
    const Result<QString> path = reader.path(QStringLiteral("path"));
    if (!path)
        return Error{path.error()};
    mapping.path = *path;
    if (Status extras = TransformConfig::readMappingMembers(
            value.toObject(), prefix, mapping.transform, mapping.defaultValue, type,
            QStringLiteral("%1 field \"%2\"")
                .arg(type ? fieldTypeName(*type) : QString(), mapping.field));
        !extras)
        return Error{extras.error()};
    return mapping;
}

Result<CurrencyMapping> readCurrency(const QJsonValue &value, const QString &prefix)
{
    if (!value.isObject())
        return fail(prefix + QStringLiteral(": must be an object"));
    const Reader reader(value.toObject(), prefix);
    if (Status status = reader.onlyKnown({QStringLiteral("currency"), QStringLiteral("operator"),
                                          QStringLiteral("path"), QStringLiteral("transform"),
                                          QStringLiteral("default")});
        !status)
        return Error{status.error()};
    CurrencyMapping mapping;
    const Result<QString> currency = reader.requiredString(QStringLiteral("currency"));
    if (!currency)
        return Error{currency.error()};
    const std::optional<Currency> parsed = currencyFromName(*currency);
    if (!parsed)
        return reader.error(QStringLiteral("currency"),
                            QStringLiteral("\"%1\" is not coins or xp").arg(*currency));
    mapping.currency = *parsed;
    const Result<Operator> op = reader.op(QStringLiteral("operator"));
    if (!op)
        return Error{op.error()};
    mapping.op = *op;
    const Result<QString> path = reader.path(QStringLiteral("path"));
    if (!path)
        return Error{path.error()};
    mapping.path = *path;
    // Coins and XP are whole numbers: a chain must end in something a number can come from.
    if (Status extras =
            TransformConfig::readMappingMembers(value.toObject(), prefix, mapping.transform,
                                                mapping.defaultValue, FieldType::Number, *currency);
        !extras)
        return Error{extras.error()};
    return mapping;
}

Result<MessageMapping> readMessage(const Reader &top)
{
    const Result<QJsonObject> object = top.object(QStringLiteral("message"));
    if (!object)
        return Error{object.error()};
    const Reader reader(*object, QStringLiteral("message"));
    if (Status status = reader.onlyKnown({QStringLiteral("channel"), QStringLiteral("template")});
        !status)
        return Error{status.error()};
    MessageMapping message;
    const Result<QString> channel = reader.requiredString(QStringLiteral("channel"));
    if (!channel)
        return Error{channel.error()};
    message.channel = *channel;
    const QJsonValue text = object->value(QStringLiteral("template"));
    if (text.isUndefined() || text.isNull())
        return reader.error(QStringLiteral("template"), QStringLiteral("required"));
    if (!text.isString())
        return reader.error(QStringLiteral("template"), QStringLiteral("must be a string"));
    if (text.toString().trimmed().isEmpty())
        return reader.error(QStringLiteral("template"), QStringLiteral("required (it is empty)"));
    message.text = text.toString();
    return message;
}

} // namespace

Result<Webhook> WebhookConfig::fromJson(const QByteArray &json,
                                        const QList<CustomField> *knownFields)
{
    // JsonReader keeps every digit of a number (a `when` value, a `default`) as written.
    payload::JsonReader::Error parseError;
    const std::optional<QJsonValue> document = payload::JsonReader::read(json, &parseError);
    if (!document)
        return fail(QStringLiteral("invalid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.message));
    if (!document->isObject())
        return fail(QStringLiteral("the configuration must be a JSON object"));
    return fromJsonObject(document->toObject(), knownFields);
}

Result<Webhook> WebhookConfig::fromJsonObject(const QJsonObject &object,
                                              const QList<CustomField> *knownFields)
{
    const Reader top(object, QString());
    if (Status status = top.onlyKnown(topLevelMembers); !status)
        return Error{status.error()};
    Webhook webhook;
    const Result<QString> name = top.requiredString(QStringLiteral("name"));
    if (!name)
        return Error{name.error()};
    webhook.name = *name;

    if (top.has(QStringLiteral("token"))) {
        const Result<QString> token = top.requiredString(QStringLiteral("token"));
        if (!token)
            return Error{token.error()};
        if (Status status = checkToken(top, *token); !status)
            return Error{status.error()};
        webhook.token = *token;
    }
    if (top.has(QStringLiteral("enabled"))) {
        const QJsonValue enabled = object.value(QStringLiteral("enabled"));
        if (!enabled.isBool())
            return top.error(QStringLiteral("enabled"), QStringLiteral("must be true or false"));
        webhook.enabled = enabled.toBool();
    }
    if (top.has(QStringLiteral("api_key"))) {
        const Result<QString> key = top.requiredString(QStringLiteral("api_key"));
        if (!key)
            return Error{key.error()};
        webhook.apiKey = *key;
    }
    if (top.has(QStringLiteral("encryption"))) {
        Result<Encryption> encryption = readEncryption(top);
        if (!encryption)
            return Error{encryption.error()};
        webhook.encryption = *encryption;
    }
    if (top.has(QStringLiteral("signing_secret"))) {
        const Result<QString> secret = top.requiredString(QStringLiteral("signing_secret"));
        if (!secret)
            return Error{secret.error()};
        if (Status status = checkSigningSecret(top, *secret); !status)
            return Error{status.error()};
        webhook.signingSecret = *secret;
    }

    if (top.has(QStringLiteral("draft"))) {
        const QJsonValue draft = object.value(QStringLiteral("draft"));
        if (!draft.isBool())
            return top.error(QStringLiteral("draft"), QStringLiteral("must be true or false"));
        webhook.draft = draft.toBool();
    }
    Result<UserMatch> user = readUser(top, webhook.draft);
    if (!user)
        return Error{user.error()};
    webhook.user = *user;

    if (top.has(QStringLiteral("fields"))) {
        const Result<QJsonArray> fields = top.array(QStringLiteral("fields"));
        if (!fields)
            return Error{fields.error()};
        for (qsizetype i = 0; i < fields->size(); ++i) {
            Result<FieldMapping> mapping =
                readField(fields->at(i), QStringLiteral("fields[%1]").arg(i), knownFields);
            if (!mapping)
                return Error{mapping.error()};
            webhook.fields << *mapping;
        }
    }
    if (top.has(QStringLiteral("currencies"))) {
        const Result<QJsonArray> currencies = top.array(QStringLiteral("currencies"));
        if (!currencies)
            return Error{currencies.error()};
        for (qsizetype i = 0; i < currencies->size(); ++i) {
            Result<CurrencyMapping> mapping =
                readCurrency(currencies->at(i), QStringLiteral("currencies[%1]").arg(i));
            if (!mapping)
                return Error{mapping.error()};
            webhook.currencies << *mapping;
        }
    }
    if (top.has(QStringLiteral("message"))) {
        Result<MessageMapping> message = readMessage(top);
        if (!message)
            return Error{message.error()};
        webhook.message = *message;
    }
    if (top.has(QStringLiteral("when"))) {
        Result<QList<Condition>> when = ConditionConfig::read(object.value(QStringLiteral("when")));
        if (!when)
            return Error{when.error()};
        webhook.when = *when;
    }
    if (top.has(QStringLiteral("for_each"))) {
        const Result<QString> forEach = top.path(QStringLiteral("for_each"));
        if (!forEach)
            return Error{forEach.error()};
        webhook.forEach = *forEach;
    }
    return webhook;
}

QJsonObject WebhookConfig::toJson(const Webhook &webhook)
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), webhook.name);
    if (!webhook.token.isEmpty())
        object.insert(QStringLiteral("token"), webhook.token);
    object.insert(QStringLiteral("enabled"), webhook.enabled);
    if (webhook.draft) // false is the default of a configuration file (SPEC §2)
        object.insert(QStringLiteral("draft"), true);
    if (!webhook.apiKey.isEmpty())
        object.insert(QStringLiteral("api_key"), webhook.apiKey);
    if (webhook.encryption)
        object.insert(
            QStringLiteral("encryption"),
            QJsonObject{{QStringLiteral("mode"), encryptionModeName(webhook.encryption->mode)},
                        {QStringLiteral("key"), webhook.encryption->key}});
    if (!webhook.signingSecret.isEmpty())
        object.insert(QStringLiteral("signing_secret"), webhook.signingSecret);
    object.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("identifier"),
                                                       identifierName(webhook.user.identifier)},
                                                      {QStringLiteral("path"), webhook.user.path}});
    if (!webhook.fields.isEmpty()) {
        QJsonArray fields;
        for (const FieldMapping &mapping : webhook.fields) {
            QJsonObject field{{QStringLiteral("field"), mapping.field},
                              {QStringLiteral("operator"), operatorName(mapping.op)},
                              {QStringLiteral("path"), mapping.path}};
            TransformConfig::writeMappingMembers(field, mapping.transform, mapping.defaultValue);
            fields.append(field);
        }
        object.insert(QStringLiteral("fields"), fields);
    }
    if (!webhook.currencies.isEmpty()) {
        QJsonArray currencies;
        for (const CurrencyMapping &mapping : webhook.currencies) {
            QJsonObject currency{{QStringLiteral("currency"), currencyName(mapping.currency)},
                                 {QStringLiteral("operator"), operatorName(mapping.op)},
                                 {QStringLiteral("path"), mapping.path}};
            TransformConfig::writeMappingMembers(currency, mapping.transform, mapping.defaultValue);
            currencies.append(currency);
        }
        object.insert(QStringLiteral("currencies"), currencies);
    }
    if (webhook.message)
        object.insert(QStringLiteral("message"),
                      QJsonObject{{QStringLiteral("channel"), webhook.message->channel},
                                  {QStringLiteral("template"), webhook.message->text}});
    if (!webhook.when.isEmpty())
        object.insert(QStringLiteral("when"), ConditionConfig::write(webhook.when));
    if (!webhook.forEach.isEmpty())
        object.insert(QStringLiteral("for_each"), webhook.forEach);
    return object;
}

} // namespace hb::mapping
