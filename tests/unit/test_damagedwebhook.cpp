// One webhook whose stored configuration was damaged (the SQLite file edited by hand, or a config
// written by a newer version) on a real temporary store (SQLite, then PostgreSQL): it is still
// listed with its problem, a lookup by name says what is wrong, and processing goes on for every
// other webhook while its own deliveries fail with a reason naming it.
#include "storevariant.h"
#include "temppostgres.h"
#include "tempstore.h"

#include "common/clock.h"
#include "delivery/deliveryprocessor.h"
#include "mapping/webhookconfig.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/userrepository.h"
#include "store/webhookrepository.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace hb;

// Runs once on SQLite and once on PostgreSQL (when $HOOKBENCH_TEST_PG names a server).
class TestDamagedWebhook : public QObject {
    Q_OBJECT

public:
    explicit TestDamagedWebhook(bool postgres)
        : m_postgres(postgres)
    {}

private:
    bool m_postgres = false;
    StoreVariant m_store;
    store::Database *m_db = nullptr; // m_store's, while a test runs
    mapping::Webhook m_healthy, m_damaged;
    QString m_damagedConfig; // as stored before the damage

    mapping::Webhook addWebhook(const char *config)
    {
        auto webhook = mapping::WebhookConfig::fromJson(QByteArray(config), nullptr);
        if (!webhook)
            qFatal("bad webhook config: %s", qPrintable(webhook.error()));
        auto added = store::WebhookRepository(*m_db).add(*webhook);
        if (!added)
            qFatal("cannot add webhook: %s", qPrintable(added.error()));
        return *added;
    }

    // What a hand edit of the file does: the repository is not asked.
    void storeConfig(const mapping::Webhook &webhook, const QString &config)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("UPDATE webhooks SET config = ? WHERE id = ?"));
        query.addBindValue(config);
        query.addBindValue(webhook.id);
        if (!query.exec() || query.numRowsAffected() != 1)
            qFatal("cannot damage the webhook");
    }

    QString storedConfig(const mapping::Webhook &webhook)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT config FROM webhooks WHERE id = ?"));
        query.addBindValue(webhook.id);
        if (!query.exec() || !query.next())
            qFatal("no webhook %lld", webhook.id);
        return query.value(0).toString();
    }

    qint64 receive(const mapping::Webhook &webhook, const QByteArray &body)
    {
        store::NewDelivery delivery;
        delivery.webhookId = webhook.id;
        delivery.webhookName = webhook.name;
        delivery.method = "POST";
        delivery.target = "/hooks/" + webhook.token.toUtf8();
        delivery.headers = {{"Content-Type", "application/json"}};
        delivery.body = body;
        delivery.receivedAt = nowIsoUtc();
        if (!m_db->beginWrite())
            qFatal("cannot begin");
        auto inserted = store::DeliveryRepository(*m_db).insertPending({delivery});
        if (!inserted || !m_db->commit())
            qFatal("cannot insert: %s", qPrintable(inserted.error()));
        return inserted->at(0).id;
    }

    store::DeliveryRecord delivery(qint64 id)
    {
        auto record = store::DeliveryRepository(*m_db).find(id);
        if (!record || !*record)
            qFatal("no delivery %lld", id);
        return **record;
    }

    qint64 coins()
    {
        auto found = store::UserRepository(*m_db).findByUsername(QStringLiteral("ann"));
        if (!found || !*found)
            qFatal("no user ann");
        return (*found)->coins;
    }

private slots:
    void init()
    {
        if (!m_store.open(m_postgres))
            return;
        m_db = &m_store.db();
        store::User ann;
        ann.email = QStringLiteral("ann@example.com");
        ann.username = QStringLiteral("ann");
        QVERIFY(store::UserRepository(*m_db).add(ann).ok());
        // Names chosen so that the damaged webhook is listed first.
        m_damaged = addWebhook(R"({"name": "Bonus", "api_key": "0123456789abcdef0123456789abcdef",
            "user": {"identifier": "username", "path": "/user"},
            "currencies": [{"currency": "coins", "operator": "add", "path": "/bonus"}]})");
        m_healthy = addWebhook(R"({"name": "Coins",
            "user": {"identifier": "username", "path": "/user"},
            "currencies": [{"currency": "coins", "operator": "overwrite", "path": "/coins"}]})");
        m_damagedConfig = storedConfig(m_damaged);
    }

    void cleanup()
    {
        m_db = nullptr;
        m_store.close();
    }

    void listedWithItsProblem_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("problem");
        QTest::newRow("edited by hand")
            << QStringLiteral(R"({"name": "Bonus", "user": )")
            << QStringLiteral("damaged: invalid JSON at offset 26: invalid value");
        QTest::newRow("newer version")
            << QStringLiteral(R"({"name": "Bonus", "retries": 3,
                "user": {"identifier": "username", "path": "/user"}})")
            << QStringLiteral("damaged: retries: unknown member (expected one of name, token, "
                              "enabled, api_key, encryption, signing_secret, user, fields, "
                              "currencies, message, draft, when, for_each)");
        QTest::newRow("not an object")
            << QStringLiteral("[]")
            << QStringLiteral("damaged: the configuration must be a JSON object");
    }

    void listedWithItsProblem()
    {
        QFETCH(QString, config);
        QFETCH(QString, problem);
        storeConfig(m_damaged, config);
        store::WebhookRepository webhooks(*m_db);

        auto all = webhooks.listAll();
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 2);
        const store::StoredWebhook &damaged = all->at(0);
        QVERIFY(damaged.isDamaged());
        QCOMPARE(damaged.problem, problem);
        // What the columns know is still there, so that people can find and remove it.
        QCOMPARE(damaged.webhook.id, m_damaged.id);
        QCOMPARE(damaged.webhook.name, QStringLiteral("Bonus"));
        QCOMPARE(damaged.webhook.token, m_damaged.token);
        QVERIFY(damaged.webhook.enabled);
        const store::StoredWebhook &healthy = all->at(1);
        QVERIFY(!healthy.isDamaged());
        QCOMPARE(healthy.problem, QString());
        QCOMPARE(mapping::WebhookConfig::toJson(healthy.webhook),
                 mapping::WebhookConfig::toJson(m_healthy));

        // What serves and processes gets only what it can trust: a damaged webhook's key is
        // unknown, it must not pass for one without a key.
        auto readable = webhooks.list();
        QVERIFY2(readable.ok(), qPrintable(readable.error()));
        QCOMPARE(readable->size(), 1);
        QCOMPARE(readable->at(0).name, QStringLiteral("Coins"));

        const QString error = QStringLiteral("webhook \"Bonus\" is ") + problem;
        auto byName = webhooks.findByName(QStringLiteral("Bonus"));
        QVERIFY(!byName.ok());
        QCOMPARE(byName.error(), error);
        auto byToken = webhooks.findByToken(m_damaged.token);
        QVERIFY(!byToken.ok());
        QCOMPARE(byToken.error(), error);
        auto stored = webhooks.findStoredById(m_damaged.id);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->problem, problem);
        auto other = webhooks.findByName(QStringLiteral("Coins"));
        QVERIFY(other.ok() && other->has_value());
        QCOMPARE((*other)->id, m_healthy.id);
    }

    void damagedWebhookKeepsItsNameAndTokenAndCanBeRemoved()
    {
        storeConfig(m_damaged, QStringLiteral("{"));
        store::WebhookRepository webhooks(*m_db);
        mapping::Webhook sameName = m_healthy;
        sameName.id = 0;
        sameName.name = QStringLiteral("Bonus");
        sameName.token.clear();
        auto added = webhooks.add(sameName);
        QVERIFY(!added.ok());
        QCOMPARE(added.error(), QStringLiteral("a webhook named \"Bonus\" already exists"));
        mapping::Webhook sameToken = sameName;
        sameToken.name = QStringLiteral("Other");
        sameToken.token = m_damaged.token;
        added = webhooks.add(sameToken);
        QVERIFY(!added.ok());
        QCOMPARE(added.error(), QStringLiteral("the token is already used by webhook \"Bonus\""));
        mapping::Webhook renamed = m_healthy;
        renamed.name = QStringLiteral("Bonus");
        QCOMPARE(webhooks.update(renamed).error(),
                 QStringLiteral("a webhook named \"Bonus\" already exists"));

        QVERIFY(webhooks.remove(QStringLiteral("Bonus")).ok());
        auto all = webhooks.listAll();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->at(0).webhook.name, QStringLiteral("Coins"));
    }

    void otherWebhooksAreProcessedAndItsDeliveriesFail()
    {
        // Interleaved, as a catcher receives them.
        const qint64 bonus1 = receive(m_damaged, R"({"user": "ann", "bonus": 100})");
        const qint64 coins1 = receive(m_healthy, R"({"user": "ann", "coins": 7})");
        const qint64 bonus2 = receive(m_damaged, R"({"user": "ann", "bonus": 100})");
        const qint64 coins2 = receive(m_healthy, R"({"user": "ann", "coins": 9})");
        storeConfig(m_damaged, QStringLiteral(R"({"name": "Bonus", "user": )"));

        delivery::DeliveryProcessor processor(*m_db);
        auto processed = processor.processPending();
        QVERIFY2(processed.ok(), qPrintable(processed.error()));
        QCOMPARE(*processed, 4);
        QCOMPARE(processor.lastProcessed(), (QList<qint64>{bonus1, coins1, bonus2, coins2}));

        // The other webhook's deliveries applied, in the order received.
        QCOMPARE(delivery(coins1).status, hb::DeliveryStatus::Success);
        QCOMPARE(delivery(coins2).status, hb::DeliveryStatus::Success);
        QCOMPARE(coins(), 9);
        const QString reason = QStringLiteral(
            "webhook \"Bonus\" is damaged: invalid JSON at offset 26: invalid value");
        for (const qint64 id : {bonus1, bonus2}) {
            const store::DeliveryRecord record = delivery(id);
            QCOMPARE(record.status, hb::DeliveryStatus::Failed);
            QCOMPARE(record.reason, reason);
            QCOMPARE(record.webhookName, QStringLiteral("Bonus"));
        }
        // Reported as they are stored, for serve to print.
        QCOMPARE(processor.lastFailed().size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(processor.lastFailed().at(i).id, i == 0 ? bonus1 : bonus2);
            QCOMPARE(processor.lastFailed().at(i).webhookName, QStringLiteral("Bonus"));
            QCOMPARE(processor.lastFailed().at(i).reason, reason);
        }

        // Once mended, a re-run applies it under the configuration read again.
        storeConfig(m_damaged, m_damagedConfig);
        auto rerun = processor.rerun(bonus1);
        QVERIFY2(rerun.ok(), qPrintable(rerun.error()));
        QCOMPARE(rerun->status, hb::DeliveryStatus::Success);
        QCOMPARE(coins(), 109);
    }

    void rerunWhileStillDamagedFailsAgainWithTheReason()
    {
        const qint64 id = receive(m_damaged, R"({"user": "ann", "bonus": 1})");
        storeConfig(m_damaged, QStringLiteral("[]"));
        delivery::DeliveryProcessor processor(*m_db);
        QVERIFY(processor.processPending().ok());
        auto rerun = processor.rerun(id);
        QVERIFY2(rerun.ok(), qPrintable(rerun.error()));
        QCOMPARE(rerun->status, hb::DeliveryStatus::Failed);
        QCOMPARE(rerun->reason,
                 QStringLiteral(
                     "webhook \"Bonus\" is damaged: the configuration must be a JSON object"));
        QCOMPARE(rerun->attempts, 2);
        QCOMPARE(coins(), 0);
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestDamagedWebhook>(argc, argv);
}
#include "test_damagedwebhook.moc"
