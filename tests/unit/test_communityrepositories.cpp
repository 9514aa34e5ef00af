#include "mapping/webhookconfig.h"
#include "services/recordjson.h"
#include "store/database.h"
#include "store/fieldrepository.h"
#include "store/userrepository.h"
#include "store/webhookrepository.h"
#include "storevariant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace hb::store;
using hb::mapping::CustomField;
using hb::mapping::FieldType;
using hb::mapping::Webhook;

namespace {

Webhook sampleWebhook(const QString &name)
{
    Webhook webhook;
    webhook.name = name;
    webhook.user.path = QStringLiteral("/email");
    webhook.fields << hb::mapping::FieldMapping{
        QStringLiteral("total-deposit"), hb::mapping::Operator::Add, QStringLiteral("/amount")};
    return webhook;
}

} // namespace

class TestCommunityRepositories : public QObject {
    Q_OBJECT
private:
    StoreVariant m_store;

private slots:
    void initTestCase_data() { StoreVariant::addRows(); }
    void init()
    {
        if (!m_store.open())
            return;
    }
    void cleanup() { m_store.close(); }

    // ---- fields
    void fieldsAreAddedListedByKeyAndRemoved()
    {
        FieldRepository fields(m_store.db());
        QVERIFY(
            fields.add({QStringLiteral("vip"), QStringLiteral("VIP"), FieldType::Boolean}).ok());
        const hb::Result<CustomField> added =
            fields.add({QStringLiteral("total-deposit"), QString(), FieldType::Number});
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added->name, QStringLiteral("total-deposit")); // name defaults to the key
        const hb::Result<QList<CustomField>> list = fields.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).key, QStringLiteral("total-deposit"));
        QCOMPARE(list->at(0).type, FieldType::Number);
        QCOMPARE(list->at(1).key, QStringLiteral("vip"));
        QCOMPARE(list->at(1).name, QStringLiteral("VIP"));

        QVERIFY(fields.remove(QStringLiteral("vip")).ok());
        QVERIFY(!fields.find(QStringLiteral("vip"))->has_value());
        const hb::Status again = fields.remove(QStringLiteral("vip"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error(), QStringLiteral("no custom field \"vip\""));
    }

    void fieldKeyIsValidatedAndUnique()
    {
        FieldRepository fields(m_store.db());
        QVERIFY(fields.add({QStringLiteral("level"), QString(), FieldType::Number}).ok());
        const hb::Result<CustomField> duplicate =
            fields.add({QStringLiteral("level"), QString(), FieldType::Text});
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error(), QStringLiteral("custom field \"level\" already exists"));
        const hb::Result<CustomField> bad =
            fields.add({QStringLiteral("Level 2"), QString(), FieldType::Text});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().startsWith(QLatin1String("invalid field key \"Level 2\"")),
                 qPrintable(bad.error()));
    }

    void removingAFieldRemovesItsValues()
    {
        FieldRepository fields(m_store.db());
        QVERIFY(fields.add({QStringLiteral("level"), QString(), FieldType::Number}).ok());
        UserRepository users(m_store.db());
        User user;
        user.email = QStringLiteral("a@example.com");
        user.username = QStringLiteral("a");
        user.fields.insert(QStringLiteral("level"), QStringLiteral("3"));
        QVERIFY(users.add(user).ok());
        QVERIFY(fields.remove(QStringLiteral("level")).ok());
        QVERIFY(fields.add({QStringLiteral("level"), QString(), FieldType::Number}).ok());
        QVERIFY((*users.findByUsername(QStringLiteral("a")))->fields.isEmpty());
    }

    // ---- users
    void userIsTrimmedAndFoundByEitherIdentifier()
    {
        UserRepository users(m_store.db());
        User user;
        user.email = QStringLiteral("  Alice@Example.COM ");
        user.username = QStringLiteral(" alice ");
        user.displayName = QStringLiteral(" Alice A. ");
        user.coins = 5;
        const hb::Result<User> added = users.add(user);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added->id > 0);
        QCOMPARE(added->email, QStringLiteral("Alice@Example.COM"));
        QCOMPARE(added->username, QStringLiteral("alice"));
        QCOMPARE(added->displayName, QStringLiteral("Alice A."));

        const auto byEmail = users.findByIdentifier(QStringLiteral("alice@example.com"));
        QVERIFY(byEmail.ok() && byEmail->has_value());
        QCOMPARE((*byEmail)->coins, 5);
        QVERIFY(users.findByIdentifier(QStringLiteral(" ALICE@example.com "))->has_value());
        QVERIFY(users.findByIdentifier(QStringLiteral("alice"))->has_value());
        // Usernames are exact: case matters.
        QVERIFY(!users.findByIdentifier(QStringLiteral("Alice"))->has_value());
        QVERIFY(!users.findByEmail(QStringLiteral("bob@example.com"))->has_value());
    }

    void emailIsUniqueCaseInsensitively()
    {
        UserRepository users(m_store.db());
        QVERIFY(users.add({0, QStringLiteral("a@b.c"), QStringLiteral("a"), {}, 0, 0, {}}).ok());
        const hb::Result<User> again =
            users.add({0, QStringLiteral(" A@B.C"), QStringLiteral("other"), {}, 0, 0, {}});
        QVERIFY(!again.ok());
        QCOMPARE(again.error(), QStringLiteral("a user with email \"A@B.C\" already exists"));
    }

    void usernameIsUniqueExactly()
    {
        UserRepository users(m_store.db());
        QVERIFY(users.add({0, QStringLiteral("a@b.c"), QStringLiteral("bob"), {}, 0, 0, {}}).ok());
        const hb::Result<User> same =
            users.add({0, QStringLiteral("x@b.c"), QStringLiteral("bob "), {}, 0, 0, {}});
        QVERIFY(!same.ok());
        QCOMPARE(same.error(), QStringLiteral("a user with username \"bob\" already exists"));
        // Another case is another username.
        QVERIFY(users.add({0, QStringLiteral("y@b.c"), QStringLiteral("Bob"), {}, 0, 0, {}}).ok());
        QCOMPARE(users.list()->size(), 2);
    }

    void badUsersAreRefused_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("message");
        QTest::newRow("no email") << " "
                                  << "u"
                                  << "email is required";
        QTest::newRow("no @") << "alice"
                              << "u"
                              << "email \"alice\" is not an email address (no @)";
        QTest::newRow("no username") << "a@b.c"
                                     << ""
                                     << "username is required";
        QTest::newRow("@ in username") << "a@b.c"
                                       << "a@b"
                                       << "username \"a@b\" must not contain @";
    }
    void badUsersAreRefused()
    {
        QFETCH(QString, email);
        QFETCH(QString, username);
        QFETCH(QString, message);
        UserRepository users(m_store.db());
        const hb::Result<User> added = users.add({0, email, username, {}, 0, 0, {}});
        QVERIFY(!added.ok());
        QCOMPARE(added.error(), message);
        QVERIFY(users.list()->isEmpty());
    }

    void userJsonIsTypedWithEveryField()
    {
        FieldRepository fields(m_store.db());
        for (const CustomField &field :
             {CustomField{QStringLiteral("deposit"), QString(), FieldType::Number},
              CustomField{QStringLiteral("vip"), QString(), FieldType::Boolean},
              CustomField{QStringLiteral("since"), QString(), FieldType::Date},
              CustomField{QStringLiteral("nick"), QString(), FieldType::Text},
              CustomField{QStringLiteral("unset"), QString(), FieldType::Number}})
            QVERIFY(fields.add(field).ok());
        UserRepository users(m_store.db());
        User user{0, QStringLiteral("a@b.c"), QStringLiteral("a"), QStringLiteral("A"), 3, 4, {}};
        user.fields = {{QStringLiteral("deposit"), QStringLiteral("22.5")},
                       {QStringLiteral("vip"), QStringLiteral("true")},
                       {QStringLiteral("since"), QStringLiteral("2026-11-26")},
                       {QStringLiteral("nick"), QStringLiteral("007")}};
        QVERIFY(users.add(user).ok());
        const auto found = users.findByIdentifier(QStringLiteral("a"));
        QVERIFY(found.ok() && found->has_value());
        const QJsonObject json = hb::services::RecordJson::user(**found, *fields.list());
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "email": "a@b.c", "username": "a", "display_name": "A", "coins": 3, "xp": 4,
            "fields": {"deposit": 22.5, "vip": true, "since": "2026-11-26", "nick": "007",
                       "unset": null}})")
                                         .object();
        QCOMPARE(json, expected);
    }

    void unknownFieldOnAddIsRefused()
    {
        UserRepository users(m_store.db());
        User user{0, QStringLiteral("a@b.c"), QStringLiteral("a"), {}, 0, 0, {}};
        user.fields.insert(QStringLiteral("ghost"), QStringLiteral("1"));
        const hb::Result<User> added = users.add(user);
        QVERIFY(!added.ok());
        QCOMPARE(added.error(), QStringLiteral("no custom field \"ghost\""));
        QVERIFY(users.list()->isEmpty()); // the user row went with the rollback
    }

    // ---- webhooks
    void webhookGetsATokenAndReadsBack()
    {
        WebhookRepository webhooks(m_store.db());
        const hb::Result<Webhook> added = webhooks.add(sampleWebhook(QStringLiteral("Deposit")));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added->id > 0);
        QVERIFY(added->token.size() >= 22);
        QVERIFY(
            QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(added->token).hasMatch());
        const auto byToken = webhooks.findByToken(added->token);
        QVERIFY(byToken.ok() && byToken->has_value());
        QCOMPARE((*byToken)->name, QStringLiteral("Deposit"));
        QCOMPARE((*byToken)->fields.size(), 1);
        QCOMPARE(hb::mapping::WebhookConfig::toJson(**byToken),
                 hb::mapping::WebhookConfig::toJson(*added));
        QVERIFY(webhooks.findById(added->id)->has_value());
        QVERIFY(!webhooks.findByName(QStringLiteral("Other"))->has_value());

        const hb::Result<Webhook> second = webhooks.add(sampleWebhook(QStringLiteral("Second")));
        QVERIFY(second.ok());
        QVERIFY(second->token != added->token);
    }

    void webhookNameAndTokenAreUnique()
    {
        WebhookRepository webhooks(m_store.db());
        const hb::Result<Webhook> first = webhooks.add(sampleWebhook(QStringLiteral("A")));
        QVERIFY(first.ok());
        const hb::Result<Webhook> sameName = webhooks.add(sampleWebhook(QStringLiteral(" A ")));
        QVERIFY(!sameName.ok());
        QCOMPARE(sameName.error(), QStringLiteral("a webhook named \"A\" already exists"));
        Webhook sameToken = sampleWebhook(QStringLiteral("B"));
        sameToken.token = first->token;
        const hb::Result<Webhook> refused = webhooks.add(sameToken);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), QStringLiteral("the token is already used by webhook \"A\""));
    }

    void updateRenamesAndKeepsNamesUnique()
    {
        WebhookRepository webhooks(m_store.db());
        hb::Result<Webhook> a = webhooks.add(sampleWebhook(QStringLiteral("A")));
        QVERIFY(webhooks.add(sampleWebhook(QStringLiteral("B"))).ok());
        Webhook renamed = *a;
        renamed.name = QStringLiteral("B");
        const hb::Status clash = webhooks.update(renamed);
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error(), QStringLiteral("a webhook named \"B\" already exists"));
        renamed.name = QStringLiteral("C");
        renamed.enabled = false;
        renamed.fields.clear();
        QVERIFY(webhooks.update(renamed).ok());
        const auto found = webhooks.findById(a->id);
        QCOMPARE((*found)->name, QStringLiteral("C"));
        QCOMPARE((*found)->enabled, false);
        QVERIFY((*found)->fields.isEmpty());
        QCOMPARE(webhooks.list()->size(), 2);
    }

    void removeAndSampleRequest()
    {
        WebhookRepository webhooks(m_store.db());
        const hb::Result<Webhook> a = webhooks.add(sampleWebhook(QStringLiteral("A")));
        QCOMPARE(*webhooks.sampleRequest(a->id), QJsonObject());
        const QJsonObject sample{
            {QStringLiteral("method"), QStringLiteral("POST")},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("amount"), 5}}}};
        QVERIFY(webhooks.setSampleRequest(a->id, sample).ok());
        QCOMPARE(*webhooks.sampleRequest(a->id), sample);
        QVERIFY(webhooks.remove(QStringLiteral("A")).ok());
        const hb::Status again = webhooks.remove(QStringLiteral("A"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error(), QStringLiteral("no webhook named \"A\""));
    }

    void webhookWithARemovedFieldStillLoads()
    {
        FieldRepository fields(m_store.db());
        QVERIFY(fields.add({QStringLiteral("total-deposit"), QString(), FieldType::Number}).ok());
        WebhookRepository webhooks(m_store.db());
        QVERIFY(webhooks.add(sampleWebhook(QStringLiteral("A"))).ok());
        QVERIFY(fields.remove(QStringLiteral("total-deposit")).ok());
        const auto found = webhooks.findByName(QStringLiteral("A"));
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE((*found)->fields.first().field, QStringLiteral("total-deposit"));
    }
};

QTEST_GUILESS_MAIN(TestCommunityRepositories)
#include "test_communityrepositories.moc"
