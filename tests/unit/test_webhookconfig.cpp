#include "mapping/webhookconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hb::mapping;

namespace {

QList<CustomField> community()
{
    return {{QStringLiteral("total-deposit"), QStringLiteral("Total deposit"), FieldType::Number},
            {QStringLiteral("nickname"), QStringLiteral("Nickname"), FieldType::Text},
            {QStringLiteral("vip"), QStringLiteral("VIP"), FieldType::Boolean},
            {QStringLiteral("last-deposit"), QStringLiteral("Last deposit"), FieldType::Date}};
}

// The SPEC §2 example, in full.
QByteArray fullConfig()
{
    return R"({
      "name": "Deposit bonus",
      "token": "AbCdEfGhIjKlMnOpQrStUvWxYz012345",
      "enabled": false,
      "api_key": "k3y-k3y-k3y-k3y-k3y-k3y-k3y-k3y-k3y",
      "encryption": {"mode": "gcm", "key": "0123456789abcdef0123456789abcdef"},
      "signing_secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      "user": {"identifier": "email", "path": "/customer/email"},
      "fields": [{"field": "total-deposit", "operator": "add", "path": "/amount"},
                 {"field": "nickname", "operator": "overwrite", "path": "/customer/nick~1name"}],
      "currencies": [{"currency": "coins", "operator": "add", "path": "/bonus"},
                     {"currency": "xp", "operator": "subtract", "path": "/items/0/xp"}],
      "message": {"channel": "general", "template": "{{/customer/name}} deposited {{/amount}}"}
    })";
}

QByteArray minimal(const QByteArray &extra = {})
{
    return R"({"name": "Hook", "user": {"identifier": "username", "path": "/user"})" + extra + "}";
}

} // namespace

class TestWebhookConfig : public QObject {
    Q_OBJECT
private slots:
    void parsesEveryMember()
    {
        const QList<CustomField> fields = community();
        const hb::Result<Webhook> webhook = WebhookConfig::fromJson(fullConfig(), &fields);
        QVERIFY2(webhook.ok(), qPrintable(webhook.error()));
        QCOMPARE(webhook->name, QStringLiteral("Deposit bonus"));
        QCOMPARE(webhook->token, QStringLiteral("AbCdEfGhIjKlMnOpQrStUvWxYz012345"));
        QCOMPARE(webhook->enabled, false);
        QCOMPARE(webhook->apiKey, QStringLiteral("k3y-k3y-k3y-k3y-k3y-k3y-k3y-k3y-k3y"));
        QVERIFY(webhook->encryption.has_value());
        QCOMPARE(webhook->encryption->mode, EncryptionMode::Gcm);
        QCOMPARE(webhook->encryption->key, QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(webhook->signingSecret, QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        QCOMPARE(webhook->user.identifier, Identifier::Email);
        QCOMPARE(webhook->user.path, QStringLiteral("/customer/email"));
        QCOMPARE(webhook->fields.size(), 2);
        QCOMPARE(webhook->fields.at(0).field, QStringLiteral("total-deposit"));
        QCOMPARE(webhook->fields.at(0).op, Operator::Add);
        QCOMPARE(webhook->fields.at(1).path, QStringLiteral("/customer/nick~1name"));
        QCOMPARE(webhook->currencies.size(), 2);
        QCOMPARE(webhook->currencies.at(1).currency, Currency::Xp);
        QCOMPARE(webhook->currencies.at(1).op, Operator::Subtract);
        QCOMPARE(webhook->currencies.at(1).path, QStringLiteral("/items/0/xp"));
        QVERIFY(webhook->message.has_value());
        QCOMPARE(webhook->message->channel, QStringLiteral("general"));
        QCOMPARE(webhook->message->text,
                 QStringLiteral("{{/customer/name}} deposited {{/amount}}"));
    }

    void defaultsOfAMinimalFile()
    {
        const hb::Result<Webhook> webhook = WebhookConfig::fromJson(minimal(), nullptr);
        QVERIFY2(webhook.ok(), qPrintable(webhook.error()));
        QVERIFY(webhook->enabled);
        QVERIFY(webhook->token.isEmpty());
        QVERIFY(webhook->apiKey.isEmpty());
        QVERIFY(!webhook->encryption);
        QVERIFY(webhook->signingSecret.isEmpty());
        QVERIFY(webhook->fields.isEmpty());
        QVERIFY(!webhook->message);
        QCOMPARE(webhook->user.identifier, Identifier::Username);
    }

    void roundTrip()
    {
        const QList<CustomField> fields = community();
        const hb::Result<Webhook> webhook = WebhookConfig::fromJson(fullConfig(), &fields);
        QVERIFY(webhook.ok());
        const QJsonObject exported = WebhookConfig::toJson(*webhook);
        QCOMPARE(exported, QJsonDocument::fromJson(fullConfig()).object());
        const hb::Result<Webhook> again = WebhookConfig::fromJsonObject(exported, &fields);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(WebhookConfig::toJson(*again), exported);
    }

    void exportOmitsUnsetMembers()
    {
        const hb::Result<Webhook> webhook = WebhookConfig::fromJson(minimal(), nullptr);
        QVERIFY(webhook.ok());
        const QJsonObject exported = WebhookConfig::toJson(*webhook);
        QCOMPARE(exported.keys(), (QStringList{QStringLiteral("enabled"), QStringLiteral("name"),
                                               QStringLiteral("user")}));
    }

    void storedWebhookLoadsWithoutTheFieldList()
    {
        // A field removed after import must not make the webhook unreadable.
        const hb::Result<Webhook> webhook = WebhookConfig::fromJson(
            minimal(R"(, "fields": [{"field": "gone", "operator": "add", "path": "/a"}])"),
            nullptr);
        QVERIFY2(webhook.ok(), qPrintable(webhook.error()));
        QCOMPARE(webhook->fields.first().field, QStringLiteral("gone"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad JSON") << QByteArray(R"({"name": "x",, })")
                                  << "invalid JSON at offset 13: missing a name for object member";
        QTest::newRow("not an object")
            << QByteArray("[1]") << "the configuration must be a JSON object";
        QTest::newRow("no name") << QByteArray(R"({"user": {"identifier": "email", "path": "/e"}})")
                                 << "name: required";
        QTest::newRow("empty name")
            << QByteArray(R"({"name": "  ", "user": {}})") << "name: required (it is empty)";
        QTest::newRow("name not a string")
            << QByteArray(R"({"name": 5})") << "name: must be a string";
        QTest::newRow("unknown member")
            << minimal(R"(, "colour": "red")")
            << "colour: unknown member (expected one of name, token, enabled, api_key, "
               "encryption, signing_secret, user, fields, currencies, message, draft, "
               "when, for_each)";
        QTest::newRow("no user") << QByteArray(R"({"name": "x"})") << "user: required";
        QTest::newRow("user not an object")
            << QByteArray(R"({"name": "x", "user": "email"})") << "user: must be an object";
        QTest::newRow("bad identifier")
            << QByteArray(R"({"name": "x", "user": {"identifier": "phone", "path": "/p"}})")
            << "user.identifier: \"phone\" is not email or username";
        QTest::newRow("user path not a pointer")
            << QByteArray(R"({"name": "x", "user": {"identifier": "email", "path": "email"}})")
            << "user.path: \"email\" is not a JSON Pointer (must start with /)";
        QTest::newRow("user path missing")
            << QByteArray(R"({"name": "x", "user": {"identifier": "email"}})")
            << "user.path: required";
        QTest::newRow("unknown user member")
            << QByteArray(R"({"name": "x", "user": {"identifier": "email", "path": "/e", "x": 1}})")
            << "user.x: unknown member (expected one of identifier, path)";
        QTest::newRow("field path") << minimal(
            R"(, "fields": [{"field": "total-deposit", "operator": "add", "path": "amount"}])")
                                    << "fields[0].path: \"amount\" is not a JSON Pointer (must "
                                       "start with /)";
        QTest::newRow("unknown field")
            << minimal(R"(, "fields": [{"field": "x", "operator": "overwrite", "path": "/x"}])")
            << "fields[0].field: no custom field \"x\"";
        QTest::newRow("operator not allowed for text")
            << minimal(R"(, "fields": [{"field": "total-deposit", "operator": "add", "path": "/a"},
                                       {"field": "nickname", "operator": "add", "path": "/n"}])")
            << "fields[1].operator: \"add\" is not allowed for text field \"nickname\" (only "
               "overwrite)";
        QTest::newRow("subtract on boolean")
            << minimal(R"(, "fields": [{"field": "vip", "operator": "subtract", "path": "/v"}])")
            << "fields[0].operator: \"subtract\" is not allowed for boolean field \"vip\" (only "
               "overwrite)";
        QTest::newRow("unknown operator")
            << minimal(
                   R"(, "fields": [{"field": "total-deposit", "operator": "times", "path": "/a"}])")
            << "fields[0].operator: \"times\" is not add, subtract or overwrite";
        QTest::newRow("operator missing")
            << minimal(R"(, "fields": [{"field": "total-deposit", "path": "/a"}])")
            << "fields[0].operator: required";
        QTest::newRow("fields not an array")
            << minimal(R"(, "fields": {})") << "fields: must be an array";
        QTest::newRow("field entry not an object")
            << minimal(R"(, "fields": [1])") << "fields[0]: must be an object";
        QTest::newRow("short key") << minimal(
            R"(, "encryption": {"mode": "gcm", "key": "0123456789abcdef0123456789abcde"})")
                                   << "encryption.key: must be exactly 32 characters (got 31)";
        QTest::newRow("non-ASCII key") << minimal(
            QStringLiteral(
                R"(, "encryption": {"mode": "cbc", "key": "0123456789abcdef0123456789abcd\u00e9f"})")
                .toUtf8())
                                       << "encryption.key: must be 32 ASCII characters (the key is "
                                          "their 32 bytes; got 33 "
                                          "bytes in UTF-8)";
        QTest::newRow("bad mode") << minimal(
            R"(, "encryption": {"mode": "ecb", "key": "0123456789abcdef0123456789abcdef"})")
                                  << "encryption.mode: \"ecb\" is not cbc or gcm";
        QTest::newRow("encryption without key")
            << minimal(R"(, "encryption": {"mode": "gcm"})") << "encryption.key: required";
        QTest::newRow("bad signing secret") << minimal(R"(, "signing_secret": "secret")")
                                            << "signing_secret: must be whsec_ followed by the "
                                               "base64 of 24 to 64 random bytes";
        QTest::newRow("signing secret too short") << minimal(R"(, "signing_secret": "whsec_AAAA")")
                                                  << "signing_secret: must be whsec_ followed by "
                                                     "the base64 of 24 to 64 random bytes";
        QTest::newRow("short token") << minimal(R"(, "token": "abc")")
                                     << "token: must be at least 22 URL-safe characters (A-Z, "
                                        "a-z, 0-9, - and _: 128 bits or more)";
        QTest::newRow("token with slash") << minimal(R"(, "token": "abcdefghijklmnopqrstuvwxyz/")")
                                          << "token: must be at least 22 URL-safe characters "
                                             "(A-Z, a-z, 0-9, - and _: 128 bits or more)";
        QTest::newRow("enabled as text")
            << minimal(R"(, "enabled": "yes")") << "enabled: must be true or false";
        QTest::newRow("empty api key")
            << minimal(R"(, "api_key": "")") << "api_key: required (it is empty)";
        QTest::newRow("bad currency")
            << minimal(R"(, "currencies": [{"currency": "gems", "operator": "add", "path": "/g"}])")
            << "currencies[0].currency: \"gems\" is not coins or xp";
        QTest::newRow("currency path")
            << minimal(R"(, "currencies": [{"currency": "xp", "operator": "add", "path": ""}])")
            << "currencies[0].path: \"\" is not a JSON Pointer (must start with /)";
        QTest::newRow("message without channel")
            << minimal(R"(, "message": {"template": "hi"})") << "message.channel: required";
        QTest::newRow("message without template")
            << minimal(R"(, "message": {"channel": "general"})") << "message.template: required";
    }
    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QList<CustomField> fields = community();
        const hb::Result<Webhook> webhook = WebhookConfig::fromJson(json, &fields);
        QVERIFY(!webhook.ok());
        QCOMPARE(webhook.error(), message);
    }

    void badPointerEscapeNamesTheMember()
    {
        const hb::Result<Webhook> webhook = WebhookConfig::fromJson(
            minimal(R"(, "currencies": [{"currency": "xp", "operator": "add", "path": "/a~2"}])"),
            nullptr);
        QVERIFY(!webhook.ok());
        QVERIFY2(webhook.error().startsWith(QLatin1String("currencies[0].path: ")),
                 qPrintable(webhook.error()));
    }
};

QTEST_GUILESS_MAIN(TestWebhookConfig)
#include "test_webhookconfig.moc"
