// A webhook whose stored configuration cannot be read (edited by hand, or written by a newer
// version): its key and signature are unknown, so the catcher takes nothing for it. The sender
// hears 503 naming the webhook and the problem (not "no such webhook"), nothing is stored, the
// refusal is logged for support staff, and the other webhooks go on being served.
#include "catcherfixture.h"
#include "store/rejectionlog.h"

#include <QSqlQuery>
#include <QTest>

using namespace hb;

class TestCatcherDamaged : public QObject, protected CatcherFixture {
    Q_OBJECT

    // Breaks one webhook's stored configuration behind the repository's back.
    void damage(const QString &name)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("UPDATE webhooks SET config = ? WHERE name = ?"));
        query.addBindValue(QStringLiteral("{\"name\": \"%1\", \"user\": ").arg(name));
        query.addBindValue(name);
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
    }

private slots:
    void initTestCase() { startCatcher(); }
    void cleanupTestCase() { stopCatcher(); }

    // Damaged while the catcher served it from its cache, and damaged before it was ever used.
    void damagedWebhookIsRefusedWith503_data()
    {
        QTest::addColumn<QString>("webhook");
        QTest::addColumn<bool>("servedBefore");
        QTest::newRow("keyed, damaged while cached") << QStringLiteral("keyed") << true;
        QTest::newRow("cbc, damaged before first use") << QStringLiteral("cbc") << false;
    }
    void damagedWebhookIsRefusedWith503()
    {
        QFETCH(QString, webhook);
        QFETCH(bool, servedBefore);
        const QList<QPair<QByteArray, QByteArray>> key{
            {"x-api-key", "k3y-0123456789abcdef0123456789abcdef"}};
        if (servedBefore)
            QCOMPARE(once(CatcherClient::post(m_targets[webhook], bonus(1), key)).status, 202);
        damage(webhook);
        // The catcher re-reads its webhooks within a second; until then it may still serve the
        // last good copy, which is what it knew to be right.
        CaughtResponse response;
        QTRY_VERIFY_WITH_TIMEOUT(
            (response = once(CatcherClient::post(m_targets[webhook], bonus(1), key))).status == 503,
            5000);
        QVERIFY2(
            response.error().startsWith(QStringLiteral("webhook \"%1\" is damaged: ").arg(webhook)),
            qPrintable(response.error()));
        QVERIFY2(response.error().contains(QStringLiteral("was not received")),
                 qPrintable(response.error()));
        const qint64 afterRefusal = deliveryCount();
        QCOMPARE(once(CatcherClient::post(m_targets[webhook], bonus(1), key)).status, 503);
        QCOMPARE(deliveryCount(), afterRefusal); // a 503 is not received

        // The log is written by the writer after the answer: wait for this webhook's entry (an
        // earlier row's refusal is already there).
        store::RejectionLog log(*m_db);
        auto latestIsThisRefusal = [&] {
            const auto recent = log.recent(1);
            return recent.ok() && !recent->isEmpty() && recent->first().status == 503
                   && recent->first().webhookName == webhook;
        };
        QTRY_VERIFY(latestIsThisRefusal());
        QCOMPARE(log.recent(1)->first().bodyHead, bonus(1));

        // The others are served as before.
        QCOMPARE(once(CatcherClient::post(m_targets[QStringLiteral("plain")], bonus(1))).status,
                 202);
    }

    void unknownTokenIsStill404()
    {
        const CaughtResponse response = once(CatcherClient::post("/hooks/no-such-token", "{}"));
        QCOMPARE(response.status, 404);
    }
};

QTEST_MAIN(TestCatcherDamaged)
#include "test_catcher_damaged.moc"
