// What the deliveries table keeps for the user to read: every attempt of a re-run, one row per
// idempotency key, and the list/show view with its stale flag and the request as it came.
#include "processorfixture.h"
#include "services/recordjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace hb;

class TestDeliveryProcessorRecords : public ProcessorFixture {
    Q_OBJECT

public:
    using ProcessorFixture::ProcessorFixture;

private slots:
    void rerunKeepsEveryAttempt()
    {
        const mapping::Webhook webhook = addWebhook(R"({"name": "Nick",
            "user": {"identifier": "username", "path": "/user"},
            "fields": [{"field": "nickname", "operator": "overwrite", "path": "/nick"}]})");
        const qint64 id = receive(webhook, R"({"user": "bob", "nick": "Bobby"})");
        QCOMPARE(processAll(), 1);
        QCOMPARE(delivery(id).reason, QStringLiteral("no user with username \"bob\""));

        delivery::DeliveryProcessor processor(*m_db);
        auto again = processor.rerun(id);
        QVERIFY(again.ok());
        QCOMPARE(again->status, hb::DeliveryStatus::Failed);
        QCOMPARE(again->attempts, 2);

        store::User bob;
        bob.email = QStringLiteral("bob@example.com");
        bob.username = QStringLiteral("bob");
        QVERIFY(store::UserRepository(*m_db).add(bob).ok());
        auto third = processor.rerun(id);
        QVERIFY2(third.ok(), qPrintable(third.error()));
        QCOMPARE(third->status, hb::DeliveryStatus::Success);
        QCOMPARE(third->reason, QString());
        QCOMPARE(third->attempts, 3);
        QCOMPARE(third->attemptLog.size(), 3);
        QCOMPARE(third->attemptLog.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(third->attemptLog.at(2).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("success"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(third->attemptLog.at(i).toObject().value(QStringLiteral("attempt")).toInt(),
                     i + 1);
        QCOMPARE(third->attemptLog.at(1).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("no user with username \"bob\""));
        QCOMPARE(third->attemptLog.at(2).toObject().value(QStringLiteral("changes")).toArray(),
                 third->changes);
        QCOMPARE(user(QStringLiteral("bob@example.com")).fields.value(QStringLiteral("nickname")),
                 QStringLiteral("Bobby"));

        auto refused = processor.rerun(id);
        QVERIFY(!refused.ok());
        QCOMPARE(
            refused.error(),
            QStringLiteral("delivery %1 is success; only failed, skipped and sample deliveries "
                           "can be re-run")
                .arg(id));
        auto missing = processor.rerun(999);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error(), QStringLiteral("no delivery with id 999"));
    }

    void duplicatesAreStoredOnce()
    {
        const mapping::Webhook webhook = addWebhook(depositConfig);
        const mapping::Webhook other = addWebhook(R"({"name": "Other",
            "user": {"identifier": "username", "path": "/user"}})");
        auto make = [](const mapping::Webhook &hook, const QString &key) {
            store::NewDelivery delivery;
            delivery.webhookId = hook.id;
            delivery.webhookName = hook.name;
            delivery.idempotencyKey = key;
            delivery.method = "POST";
            delivery.target = "/hooks/x";
            delivery.body = "{}";
            delivery.receivedAt = nowIsoUtc();
            return delivery;
        };
        store::DeliveryRepository deliveries(*m_db);
        QVERIFY(m_db->beginWrite().ok());
        auto first = deliveries.insertPending({make(webhook, QStringLiteral("msg_1")),
                                               make(webhook, QStringLiteral("msg_1")),
                                               make(other, QStringLiteral("msg_1")),
                                               make(webhook, QString()), make(webhook, QString())});
        QVERIFY(first.ok());
        QVERIFY(m_db->commit().ok());
        QCOMPARE(first->size(), 5);
        QVERIFY(!first->at(0).duplicate);
        QVERIFY(first->at(1).duplicate);
        QCOMPARE(first->at(1).id, first->at(0).id);
        QVERIFY(!first->at(2).duplicate); // keys are per webhook
        QVERIFY(!first->at(3).duplicate);
        QVERIFY(!first->at(4).duplicate);

        QVERIFY(m_db->beginWrite().ok());
        auto later = deliveries.insertPending({make(webhook, QStringLiteral("msg_1"))});
        QVERIFY(later.ok());
        QVERIFY(m_db->commit().ok());
        QVERIFY(later->at(0).duplicate);
        QCOMPARE(later->at(0).id, first->at(0).id);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM deliveries")), 4);
        QCOMPARE(*deliveries.countPending(), 4);
    }

    void listShowAndStale()
    {
        const mapping::Webhook webhook = addWebhook(depositConfig);
        const qint64 old = receive(webhook, "{}", jsonHeaders, QString(),
                                   isoUtc(QDateTime::currentDateTimeUtc().addSecs(-7200)));
        store::DeliveryRepository deliveries(*m_db);
        store::DeliveryFilter pendingOnly;
        pendingOnly.status = hb::DeliveryStatus::Pending;
        auto pending = deliveries.list(pendingOnly);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QVERIFY(pending->at(0).stale);
        QCOMPARE(services::RecordJson::delivery(pending->at(0), false)
                     .value(QStringLiteral("stale"))
                     .toBool(),
                 true);
        QCOMPARE(processAll(), 1);
        QVERIFY(!delivery(old).stale);

        const qint64 binary = receive(
            webhook, QByteArray("\xff\xfe\x00", 3),
            {{"Content-Type", "application/octet-stream"}, {"X-Trace", "a"}, {"X-Trace", "b"}});
        const qint64 newest = receive(webhook, "{}");
        auto all = deliveries.list({});
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).id, newest); // newest first
        store::DeliveryFilter page;
        page.limit = 1;
        page.beforeId = newest;
        auto limited = deliveries.list(page);
        QVERIFY(limited.ok());
        QCOMPARE(limited->size(), 1);
        QCOMPARE(limited->at(0).id, binary);
        store::DeliveryFilter jump; // a table jumping to row 2
        jump.offset = 2;
        auto skipped = deliveries.list(jump);
        QVERIFY(skipped.ok());
        QCOMPARE(skipped->size(), 1);
        QCOMPARE(skipped->at(0).id, old);

        const QJsonObject shown = services::RecordJson::delivery(delivery(binary), true);
        const QJsonObject request = shown.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(request.value(QStringLiteral("body_encoding")).toString(),
                 QStringLiteral("base64"));
        QCOMPARE(request.value(QStringLiteral("body")).toString(), QStringLiteral("//4A"));
        const QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("Content-Type")).toString(),
                 QStringLiteral("application/octet-stream"));
        QCOMPARE(headers.value(QStringLiteral("X-Trace")).toString(), QStringLiteral("a, b"));
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QVERIFY(shown.value(QStringLiteral("processed_at")).isNull());
        QVERIFY(shown.value(QStringLiteral("attempts")).isArray());
    }

    // Names are not all ASCII: the search folds every letter's case on SQLite (PostgreSQL folds
    // as its database's locale says, which a C-locale cluster limits to ASCII).
    void searchFoldsEveryLetter()
    {
        if (m_postgres)
            QSKIP("PostgreSQL folds case as its database's locale says");
        const mapping::Webhook bonus = addWebhook(R"({"name": "Prämie für Ümit",
            "user": {"identifier": "email", "path": "/email"}})");
        const qint64 id = receive(bonus, R"({"email": "umit@example.com"})");
        store::DeliveryRepository deliveries(*m_db);
        for (const QString &typed : {QStringLiteral("PRÄMIE FÜR ÜMIT"), QStringLiteral("ümit"),
                                     QStringLiteral("prämie")}) {
            store::DeliveryFilter filter;
            filter.search = typed;
            const auto listed = deliveries.list(filter);
            QVERIFY2(listed.ok(), qPrintable(listed.error()));
            QVERIFY2(listed->size() == 1 && listed->first().id == id, qPrintable(typed));
        }
    }

    // What support staff type in the Deliveries page's filter bar: part of a user, a reason or a
    // webhook (any case), or a delivery id; counts per status over the same deliveries.
    void searchAndCounts()
    {
        const mapping::Webhook deposits = addWebhook(depositConfig);
        const mapping::Webhook other = addWebhook(R"({"name": "Partner_100%",
            "user": {"identifier": "email", "path": "/email"}})");
        const QByteArray ann = R"({"customer": {"email": "ann@example.com", "name": "Ann"},
                                   "amount": 1, "cost": 1})";
        const qint64 success = receive(deposits, ann);
        const qint64 failed = receive(
            deposits, R"({"customer": {"email": "Zed@Example.com"}, "amount": 1, "cost": 1})");
        QCOMPARE(processAll(), 2);
        const qint64 pending = receive(other, R"({"email": "ann@example.com"})");
        const qint64 old = receive(deposits, ann, jsonHeaders, QString(),
                                   isoUtc(QDateTime::currentDateTimeUtc().addDays(-3)));
        store::DeliveryRepository deliveries(*m_db);
        auto ids = [&deliveries](const store::DeliveryFilter &filter) {
            QList<qint64> found;
            const auto listed = deliveries.list(filter);
            if (!listed)
                qFatal("list failed: %s", qPrintable(listed.error()));
            for (const store::DeliveryRecord &record : *listed)
                found << record.id;
            return found;
        };
        store::DeliveryFilter filter;
        filter.search = QStringLiteral("ZED@example"); // the reason names the unknown user
        QCOMPARE(ids(filter), QList<qint64>{failed});
        filter.search = QStringLiteral("  deposit BONUS ");
        QCOMPARE(ids(filter), (QList<qint64>{old, failed, success})); // newest first
        filter.search = QString::number(pending); // an id, and nothing else matches that text
        QCOMPARE(ids(filter), QList<qint64>{pending});
        filter.search = QStringLiteral(" #") + QString::number(success);
        QCOMPARE(ids(filter), QList<qint64>{success});
        // "100" is in Partner_100%'s name, but a bare number looks for that id only.
        filter.search = QStringLiteral("100");
        QCOMPARE(ids(filter), QList<qint64>{});
        filter.search = QStringLiteral("_100%"); // LIKE's wildcards are taken literally
        QCOMPARE(ids(filter), QList<qint64>{pending});
        filter.search = QStringLiteral("deposit_bonus"); // as wildcards, these would match
        QCOMPARE(ids(filter), QList<qint64>{});
        filter.search = QStringLiteral("deposit%bonus");
        QCOMPARE(ids(filter), QList<qint64>{});
        filter.search = QStringLiteral("ann@");
        QCOMPARE(ids(filter), (QList<qint64>{success})); // only processed ones name a user
        filter.search.clear();
        filter.receivedSince = isoUtc(QDateTime::currentDateTimeUtc().addDays(-1));
        QCOMPARE(ids(filter), (QList<qint64>{pending, failed, success}));
        filter.receivedUntil = filter.receivedSince; // a range: from (inclusive) to (exclusive)
        filter.receivedSince.clear();
        QCOMPARE(ids(filter), (QList<qint64>{old}));
        filter.receivedSince = filter.receivedUntil;
        filter.receivedUntil.clear();

        store::DeliveryFilter everything;
        everything.status = hb::DeliveryStatus::Failed; // counts ignore the status filter
        auto counts = deliveries.counts(everything);
        QVERIFY2(counts.ok(), qPrintable(counts.error()));
        QCOMPARE((QList<qint64>{counts->success, counts->failed, counts->pending, counts->total()}),
                 (QList<qint64>{1, 1, 2, 4}));
        store::DeliveryFilter deposit;
        deposit.webhookName = deposits.name;
        deposit.receivedSince = filter.receivedSince;
        counts = deliveries.counts(deposit);
        QVERIFY2(counts.ok(), qPrintable(counts.error()));
        QCOMPARE((QList<qint64>{counts->success, counts->failed, counts->pending}),
                 (QList<qint64>{1, 1, 0}));
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestDeliveryProcessorRecords>(argc, argv);
}
#include "test_deliveryprocessor_records.moc"
