// Delivery processing on real temporary stores: what is applied, with its history, log and
// message rows, and that it stays all-or-nothing and in order (failure reasons, records and
// concurrency are in the test_deliveryprocessor_*.cpp beside this one).
#include "processorfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSqlQuery>

using namespace hb;

class TestDeliveryProcessor : public ProcessorFixture {
    Q_OBJECT

public:
    using ProcessorFixture::ProcessorFixture;

private slots:
    void successAppliesEveryChangeWithItsRows()
    {
        const mapping::Webhook webhook = addWebhook(depositConfig);
        const qint64 id = receive(webhook, R"({"customer": {"email": " ANN@example.com",
            "name": "Ann"}, "amount": 12.5, "cost": "4"})");
        QCOMPARE(processAll(), 1);

        const store::DeliveryRecord record = delivery(id);
        QCOMPARE(record.status, hb::DeliveryStatus::Success);
        QCOMPARE(record.reason, QString());
        QCOMPARE(record.userLabel, QStringLiteral("ann@example.com"));
        QCOMPARE(record.attempts, 1);
        QVERIFY(!record.processedAt.isEmpty());
        const QJsonArray expected = QJsonDocument::fromJson(R"([
            {"kind":"field","field":"total-deposit","operator":"add","old":10,"new":22.5},
            {"kind":"currency","currency":"coins","operator":"subtract","old":10,"new":6,"delta":-4},
            {"kind":"message","channel":"general","text":"Ann deposited 12.5"}
        ])")
                                        .array();
        QCOMPARE(record.changes, expected);

        const store::User ann = user(QStringLiteral("ann@example.com"));
        QCOMPARE(ann.fields.value(QStringLiteral("total-deposit")), QStringLiteral("22.5"));
        QCOMPARE(ann.coins, 6);

        QSqlQuery history(m_db->connection());
        QVERIFY(history.exec(QStringLiteral("SELECT field_key, old_value, new_value, operator, "
                                            "source, delivery_id FROM field_history")));
        QVERIFY(history.next());
        QCOMPARE(history.value(0).toString(), QStringLiteral("total-deposit"));
        QCOMPARE(history.value(1).toString(), QStringLiteral("10"));
        QCOMPARE(history.value(2).toString(), QStringLiteral("22.5"));
        QCOMPARE(history.value(3).toString(), QStringLiteral("add"));
        QCOMPARE(history.value(4).toString(), QStringLiteral("Deposit bonus"));
        QCOMPARE(history.value(5).toLongLong(), id);
        QVERIFY(!history.next());

        QSqlQuery log(m_db->connection());
        QVERIFY(log.exec(QStringLiteral(
            "SELECT currency, delta, balance, action, delivery_id FROM gamification_log")));
        QVERIFY(log.next());
        QCOMPARE(log.value(0).toString(), QStringLiteral("coins"));
        QCOMPARE(log.value(1).toLongLong(), -4);
        QCOMPARE(log.value(2).toLongLong(), 6);
        QCOMPARE(log.value(3).toString(), QStringLiteral("Deposit bonus"));
        QCOMPARE(log.value(4).toLongLong(), id);

        QSqlQuery message(m_db->connection());
        QVERIFY(message.exec(QStringLiteral("SELECT c.name, m.text, m.author, m.delivery_id FROM "
                                            "messages m JOIN channels c ON c.id = m.channel_id")));
        QVERIFY(message.next());
        QCOMPARE(message.value(0).toString(), QStringLiteral("general"));
        QCOMPARE(message.value(1).toString(), QStringLiteral("Ann deposited 12.5"));
        QCOMPARE(message.value(2).toString(), QStringLiteral("Deposit bonus"));
        QCOMPARE(message.value(3).toLongLong(), id);

        // The channel is created once, on first use.
        receive(webhook, R"({"customer": {"email": "ann@example.com", "name": "Ann"},
            "amount": 1, "cost": 0})");
        QCOMPARE(processAll(), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM channels")), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM messages")), 2);
    }

    void failingLaterChangeLeavesEverythingUnapplied()
    {
        const mapping::Webhook webhook = addWebhook(depositConfig);
        const qint64 id = receive(webhook, R"({"customer": {"email": "ann@example.com",
            "name": "Ann"}, "amount": 12.5, "cost": 11})");
        QCOMPARE(processAll(), 1);
        const store::DeliveryRecord record = delivery(id);
        QCOMPARE(record.status, hb::DeliveryStatus::Failed);
        QCOMPARE(record.reason, QStringLiteral("coins would go below 0 (balance 10, subtract 11)"));
        QCOMPARE(record.changes, QJsonArray());
        QCOMPARE(record.userLabel, QStringLiteral("ann@example.com"));
        const store::User ann = user(QStringLiteral("ann@example.com"));
        QCOMPARE(ann.fields.value(QStringLiteral("total-deposit")), QStringLiteral("10"));
        QCOMPARE(ann.coins, 10);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM field_history")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM gamification_log")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM messages")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM channels")), 0);
    }

    // The store refuses a write halfway through one delivery (here a trigger; in life a full
    // disk or a broken file): that delivery is Failed with nothing of it applied, and the others
    // of its batch are applied as usual.
    void storeRefusalHalfwayUndoesThatDeliveryOnly()
    {
        const mapping::Webhook webhook = addWebhook(depositConfig);
        QSqlQuery trigger(m_db->connection());
        if (m_postgres) {
            QVERIFY(trigger.exec(QStringLiteral(
                "CREATE FUNCTION refuse_three() RETURNS trigger AS $$ BEGIN"
                " IF NEW.delta = -3 THEN RAISE EXCEPTION 'refused by the test'; END IF;"
                " RETURN NEW; END $$ LANGUAGE plpgsql")));
            QVERIFY(trigger.exec(
                QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON gamification_log"
                               " FOR EACH ROW EXECUTE FUNCTION refuse_three()")));
        } else {
            QVERIFY(trigger.exec(QStringLiteral(
                "CREATE TRIGGER refuse BEFORE INSERT ON gamification_log WHEN NEW.delta = -3"
                " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        }
        QList<qint64> ids;
        for (int cost : {1, 3, 2})
            ids << receive(webhook, QStringLiteral(R"({"customer": {"email": "ann@example.com",
                "name": "Ann"}, "amount": 1, "cost": %1})")
                                        .arg(cost)
                                        .toUtf8());
        QCOMPARE(processAll(), 3);
        QCOMPARE(delivery(ids.at(0)).status, hb::DeliveryStatus::Success);
        const store::DeliveryRecord refused = delivery(ids.at(1));
        QCOMPARE(refused.status, hb::DeliveryStatus::Failed);
        QVERIFY2(refused.reason.startsWith(QStringLiteral("the changes could not be saved: "))
                     && refused.reason.contains(QStringLiteral("refused by the test")),
                 qPrintable(refused.reason));
        QCOMPARE(refused.changes, QJsonArray());
        QCOMPARE(delivery(ids.at(2)).status, hb::DeliveryStatus::Success);

        const store::User ann = user(QStringLiteral("ann@example.com"));
        QCOMPARE(ann.coins, 10 - 1 - 2);
        QCOMPARE(ann.fields.value(QStringLiteral("total-deposit")), QStringLiteral("12"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM field_history")), 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM gamification_log")), 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM messages")), 2);
        QCOMPARE(scalar(*m_db,
                        QStringLiteral("SELECT COUNT(*) FROM field_history WHERE delivery_id = %1")
                            .arg(ids.at(1))),
                 0);
    }

    void deliveriesOfOneWebhookApplyInOrder()
    {
        const mapping::Webhook webhook = addWebhook(R"({"name": "Coins",
            "user": {"identifier": "username", "path": "/user"},
            "fields": [{"field": "nickname", "operator": "overwrite", "path": "/nick"}],
            "currencies": [{"currency": "coins", "operator": "overwrite", "path": "/coins"}]})");
        QList<qint64> ids;
        for (int i = 1; i <= 5; ++i)
            ids << receive(
                webhook,
                QStringLiteral(R"({"user": "ann", "nick": "n%1", "coins": %1})").arg(i).toUtf8());
        QCOMPARE(processAll(), 5);
        const store::User ann = user(QStringLiteral("ann@example.com"));
        QCOMPARE(ann.fields.value(QStringLiteral("nickname")), QStringLiteral("n5"));
        QCOMPARE(ann.coins, 5);
        QSqlQuery history(m_db->connection());
        QVERIFY(history.exec(QStringLiteral(
            "SELECT old_value, new_value, delivery_id FROM field_history ORDER BY id")));
        QString previous;
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(history.next());
            QCOMPARE(history.value(0).toString(), previous);
            QCOMPARE(history.value(1).toString(), QStringLiteral("n%1").arg(i));
            QCOMPARE(history.value(2).toLongLong(), ids.at(i - 1));
            previous = history.value(1).toString();
        }
    }

    void formAndQueryPayloads()
    {
        const mapping::Webhook webhook = addWebhook(R"({"name": "Nick",
            "user": {"identifier": "username", "path": "/user"},
            "fields": [{"field": "nickname", "operator": "overwrite", "path": "/nick"}]})");
        const qint64 form = receive(webhook, "user=ann&nick=Annie+B",
                                    {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(processAll(), 1);
        QCOMPARE(delivery(form).status, hb::DeliveryStatus::Success);
        QCOMPARE(user(QStringLiteral("ann@example.com")).fields.value(QStringLiteral("nickname")),
                 QStringLiteral("Annie B"));

        store::NewDelivery get;
        get.webhookId = webhook.id;
        get.webhookName = webhook.name;
        get.method = "GET";
        get.target = "/hooks/" + webhook.token.toUtf8() + "?user=ann&nick=Q";
        get.receivedAt = nowIsoUtc();
        QVERIFY(m_db->beginWrite().ok());
        auto inserted = store::DeliveryRepository(*m_db).insertPending({get});
        QVERIFY(inserted.ok());
        QVERIFY(m_db->commit().ok());
        QCOMPARE(processAll(), 1);
        QCOMPARE(delivery(inserted->at(0).id).status, hb::DeliveryStatus::Success);
        QCOMPARE(user(QStringLiteral("ann@example.com")).fields.value(QStringLiteral("nickname")),
                 QStringLiteral("Q"));
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestDeliveryProcessor>(argc, argv);
}
#include "test_deliveryprocessor.moc"
