// The words for a delivery that `hookbench delivery` prints and the window's Deliveries page
// shows: statuses, changes, what to do about a failure (by the kind the real processor stores
// with each reason, never by the reason's words) and the catcher's answer.
#include "tempstore.h"

#include "common/clock.h"
#include "delivery/deliveryprocessor.h"
#include "delivery/deliverysummary.h"
#include "mapping/webhookconfig.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/fieldrepository.h"
#include "store/userrepository.h"
#include "store/webhookrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hb;
using delivery::DeliverySummary;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

store::DeliveryRecord failed(const QString &reason, ErrorKind kind, qint64 id = 12)
{
    store::DeliveryRecord record;
    record.id = id;
    record.webhookId = 3; // its webhook still exists
    record.status = hb::DeliveryStatus::Failed;
    record.reason = reason;
    record.reasonKind = kind;
    return record;
}

} // namespace

class TestDeliverySummary : public QObject {
    Q_OBJECT

private slots:
    void statusWords()
    {
        store::DeliveryRecord record;
        record.status = hb::DeliveryStatus::Success;
        QCOMPARE(DeliverySummary::statusText(record), QStringLiteral("success"));
        record.status = hb::DeliveryStatus::Pending;
        record.stale = true;
        QCOMPARE(DeliverySummary::statusText(record), QStringLiteral("pending (stale)"));
    }

    void changes_data()
    {
        QTest::addColumn<QByteArray>("change");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("parts"); // subject, before, after, operator
        QTest::newRow("field first set")
            << QByteArray(R"({"kind": "field", "field": "total-deposit", "operator": "add",
                "old": null, "new": 10})")
            << QStringLiteral("total-deposit: - → 10 (add)")
            << QStringList{QStringLiteral("total-deposit"), QStringLiteral("-"),
                           QStringLiteral("10"), QStringLiteral("add")};
        QTest::newRow("decimal") << QByteArray(R"({"kind": "field", "field": "total-deposit",
                "operator": "add", "old": 10, "new": 10.5})")
                                 << QStringLiteral("total-deposit: 10 → 10.5 (add)")
                                 << QStringList{QStringLiteral("total-deposit"),
                                                QStringLiteral("10"), QStringLiteral("10.5"),
                                                QStringLiteral("add")};
        QTest::newRow("text and boolean")
            << QByteArray(R"({"kind": "field", "field": "vip", "operator": "overwrite",
                "old": true, "new": false})")
            << QStringLiteral("vip: true → false (overwrite)")
            << QStringList{QStringLiteral("vip"), QStringLiteral("true"), QStringLiteral("false"),
                           QStringLiteral("overwrite")};
        QTest::newRow("currency") << QByteArray(R"({"kind": "currency", "currency": "coins",
                "operator": "subtract", "old": 5, "new": 2, "delta": -3})")
                                  << QStringLiteral("coins: 5 → 2 (subtract)")
                                  << QStringList{QStringLiteral("coins"), QStringLiteral("5"),
                                                 QStringLiteral("2"), QStringLiteral("subtract")};
        QTest::newRow("message") << QByteArray(R"({"kind": "message", "channel": "general",
                "text": "Ann deposited 10"})")
                                 << QStringLiteral("message to #general: Ann deposited 10")
                                 << QStringList{
                                        QStringLiteral("message to #general"), QStringLiteral(""),
                                        QStringLiteral("Ann deposited 10"), QStringLiteral("")};
    }

    // The CLI prints the line, the window shows the parts in a table: both from one reading.
    void changes()
    {
        QFETCH(QByteArray, change);
        QFETCH(QString, text);
        QFETCH(QStringList, parts);
        const QJsonObject json = QJsonDocument::fromJson(change).object();
        QCOMPARE(DeliverySummary::changeText(json), text);
        const DeliverySummary::Change row = DeliverySummary::change(json);
        QCOMPARE((QStringList{row.subject, row.before, row.after, row.operatorName}), parts);
    }

    void adviceOnlyForFailures()
    {
        store::DeliveryRecord record =
            failed(QStringLiteral("no user with email \"a@b.c\""), ErrorKind::UnknownUser);
        record.status = hb::DeliveryStatus::Success;
        QVERIFY(DeliverySummary::nextStep(record).advice.isEmpty());
        QVERIFY(DeliverySummary::nextStep(failed(QStringLiteral("something new"), ErrorKind::Other))
                    .advice.isEmpty());
        QVERIFY(DeliverySummary::nextStep(failed(QString(), ErrorKind::Other)).advice.isEmpty());
    }

    // The advice follows the stored kind, not the words: a reason that reads like a missing user
    // but was stored without a kind (a row from before kinds were kept) gets no guessed advice,
    // and a reworded reason keeps its advice.
    void adviceFollowsTheKindNotTheWords()
    {
        QVERIFY(DeliverySummary::nextStep(
                    failed(QStringLiteral("no user with email \"a@b.c\""), ErrorKind::Other))
                    .advice.isEmpty());
        const DeliverySummary::NextStep reworded = DeliverySummary::nextStep(
            failed(QStringLiteral("nobody is called a@b.c"), ErrorKind::UnknownUser));
        QVERIFY2(reworded.advice.contains(QStringLiteral("Add this user")),
                 qPrintable(reworded.advice));
    }

    // Re-running only helps when something can be fixed on this side; a body the sender must
    // send again is not re-run.
    void adviceSaysWhenARerunHelps()
    {
        const DeliverySummary::NextStep user = DeliverySummary::nextStep(
            failed(QStringLiteral("no user with email \"a@b.c\""), ErrorKind::UnknownUser, 7));
        QVERIFY2(user.advice.contains(QStringLiteral("Add this user")), qPrintable(user.advice));
        QVERIFY(user.rerunHelps);
        const DeliverySummary::NextStep body = DeliverySummary::nextStep(failed(
            QStringLiteral("unsupported body (Content-Type: image/png); send JSON or form data"),
            ErrorKind::UnreadableBody));
        QVERIFY2(body.advice.contains(QStringLiteral("JSON or form data")),
                 qPrintable(body.advice));
        QVERIFY(!body.rerunHelps);
        const DeliverySummary::NextStep removed = DeliverySummary::nextStep(failed(
            QStringLiteral("the webhook \"Nick\" no longer exists"), ErrorKind::WebhookRemoved));
        QVERIFY2(removed.advice.contains(QStringLiteral("cannot be re-run")),
                 qPrintable(removed.advice));
        QVERIFY(!removed.rerunHelps);
        // Failed for another reason, and the webhook removed since: nothing to fix here.
        store::DeliveryRecord orphan =
            failed(QStringLiteral("no user with email \"a@b.c\""), ErrorKind::UnknownUser);
        orphan.webhookId = 0;
        QCOMPARE(DeliverySummary::nextStep(orphan).advice, removed.advice);
        QVERIFY(!DeliverySummary::nextStep(orphan).rerunHelps);
    }

    // The processor stores the kind of every reason it writes for these requests, and each
    // kind gets advice.
    void adviceMatchesTheProcessorsReasons()
    {
        TempStore temp;
        store::Database db(temp.path());
        QVERIFY(db.open().ok());
        QVERIFY(store::FieldRepository(db)
                    .add({QStringLiteral("total-deposit"), QStringLiteral("Total deposit"),
                          mapping::FieldType::Number})
                    .ok());
        store::User ann;
        ann.email = QStringLiteral("ann@example.com");
        ann.username = QStringLiteral("ann");
        ann.coins = 1;
        QVERIFY(store::UserRepository(db).add(ann).ok());
        auto plain = mapping::WebhookConfig::fromJson(
            R"({"name": "Deposit", "user": {"identifier": "email", "path": "/email"},
                "fields": [{"field": "total-deposit", "operator": "add", "path": "/amount"}],
                "currencies": [{"currency": "coins", "operator": "subtract", "path": "/cost"}]})",
            nullptr);
        auto secret = mapping::WebhookConfig::fromJson(
            R"({"name": "Secret", "user": {"identifier": "email", "path": "/email"},
                "encryption": {"mode": "gcm", "key": "0123456789abcdef0123456789abcdef"}})",
            nullptr);
        QVERIFY2(plain && secret, qPrintable(plain ? secret.error() : plain.error()));
        auto deposit = store::WebhookRepository(db).add(*plain);
        auto encrypted = store::WebhookRepository(db).add(*secret);
        QVERIFY(deposit && encrypted);

        struct Request {
            const mapping::Webhook *webhook;
            QByteArray body;
            ErrorKind kind;
        };
        const QList<Request> requests = {
            {&*deposit, R"({"email": "bob@example.com", "amount": 1, "cost": 0})",
             ErrorKind::UnknownUser},
            {&*deposit, R"({"amount": 1, "cost": 0})", ErrorKind::MissingPath},
            {&*deposit, R"({"email": "ann@example.com", "amount": "abc", "cost": 0})",
             ErrorKind::WrongValueKind},
            {&*deposit, R"({"email": "ann@example.com", "amount": 1, "cost": 5})",
             ErrorKind::BelowZero},
            {&*deposit, R"({"email": "ann@example.com", "amount": 1, "cost": 0.5})",
             ErrorKind::NotWholeNumber},
            {&*deposit, "not json", ErrorKind::UnreadableBody},
            {&*encrypted, R"({"email": "ann@example.com"})", ErrorKind::NotEncrypted},
        };
        QList<store::NewDelivery> received;
        for (const auto &[webhook, body, kind] : requests) {
            store::NewDelivery delivery;
            delivery.webhookId = webhook->id;
            delivery.webhookName = webhook->name;
            delivery.method = "POST";
            delivery.target = "/hooks/" + webhook->token.toUtf8();
            delivery.headers = {
                {"Content-Type", body.startsWith('{') ? "application/json" : "text/plain"}};
            delivery.body = body;
            delivery.receivedAt = nowIsoUtc();
            received << delivery;
        }
        QVERIFY(db.beginWrite());
        auto inserted = store::DeliveryRepository(db).insertPending(received);
        QVERIFY(inserted && db.commit());
        delivery::DeliveryProcessor processor(db);
        auto processed = processor.processPending();
        QVERIFY2(processed, qPrintable(processed.error()));
        QCOMPARE(*processed, int(requests.size()));
        for (qsizetype i = 0; i < inserted->size(); ++i) {
            auto record = store::DeliveryRepository(db).find(inserted->at(i).id);
            QVERIFY(record && record->has_value());
            QCOMPARE((*record)->status, hb::DeliveryStatus::Failed);
            QCOMPARE((*record)->reasonKind, requests.at(i).kind);
            QVERIFY2(!DeliverySummary::nextStep(**record).advice.isEmpty(),
                     qPrintable((*record)->reason));
        }
    }

    void idempotencyKey()
    {
        store::DeliveryRecord record;
        QCOMPARE(DeliverySummary::idempotencyKey(record), QString());
        record.headers = {{"Idempotency-Key", "k-1"}};
        QCOMPARE(DeliverySummary::idempotencyKey(record), QStringLiteral("k-1"));
        // The catcher prefers webhook-id, whatever the order and case of the headers.
        record.headers.append(qMakePair(QByteArray("Webhook-Id"), QByteArray("msg_2")));
        QCOMPARE(DeliverySummary::idempotencyKey(record), QStringLiteral("msg_2"));
    }

    void acceptedBody()
    {
        store::DeliveryRecord record =
            failed(QStringLiteral("no user"), ErrorKind::UnknownUser, 42);
        QCOMPARE(DeliverySummary::acceptedBody(record, false),
                 QByteArray(R"({"delivery_id":42,"status":"pending"})"));
        QCOMPARE(DeliverySummary::acceptedBody(record, true),
                 QByteArray(R"({"delivery_id":42,"status":"failed","duplicate":true})"));
    }

    void plainValues()
    {
        QCOMPARE(DeliverySummary::valueText(QJsonValue()), QStringLiteral("-"));
        QCOMPARE(DeliverySummary::valueText(QStringLiteral("x y")), QStringLiteral("x y"));
        QCOMPARE(DeliverySummary::valueText(object(R"({"a": 1})")), QStringLiteral(R"({"a":1})"));
        QCOMPARE(DeliverySummary::valueText(2.5), QStringLiteral("2.5"));
    }
};

QTEST_GUILESS_MAIN(TestDeliverySummary)
#include "test_deliverysummary.moc"
