// The catcher over real loopback sockets, for what a webhook asks of a request: its API key,
// its signature, its encryption; idempotent repeats; TLS; intake on PostgreSQL. The service runs
// in-process; clients are raw sockets. test_catcher covers HTTP itself.
#include "catcherfixture.h"
#include "crypto/aescipher.h"
#include "crypto/webhooksignature.h"
#include "selfsignedcertificate.h"
#include "store/rejectionlog.h"
#include "temppostgres.h"

#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hb;

class TestCatcherWebhooks : public QObject, protected CatcherFixture {
    Q_OBJECT

private slots:
    void initTestCase() { startCatcher(); }
    void cleanupTestCase() { stopCatcher(); }

    void apiKey()
    {
        const qint64 before = deliveryCount();
        CaughtResponse response =
            once(CatcherClient::post(m_targets[QStringLiteral("keyed")], bonus(1)));
        QCOMPARE(response.status, 401);
        QCOMPARE(response.error(), QStringLiteral("missing x-api-key header"));
        response =
            once(CatcherClient::post(m_targets[QStringLiteral("keyed")], bonus(1),
                                     {{"x-api-key", "k3y-0123456789abcdef0123456789abcdeX"}}));
        QCOMPARE(response.status, 401);
        QCOMPARE(response.error(), QStringLiteral("wrong x-api-key"));
        QCOMPARE(deliveryCount(), before); // a 401 is not received
        QVERIFY(m_service->rejectedCount(401) >= 2);
        // Kept for support staff, with headers and body.
        store::RejectionLog log(*m_db);
        QTRY_VERIFY(log.recent(10).ok() && log.recent(10)->size() >= 2
                    && log.recent(10)->first().reason == QLatin1String("wrong x-api-key"));
        const store::RejectedRequest latest = log.recent(1)->first();
        QCOMPARE(latest.status, 401);
        QCOMPARE(latest.webhookName, QStringLiteral("keyed"));
        QCOMPARE(latest.bodyHead, bonus(1));

        response =
            once(CatcherClient::post(m_targets[QStringLiteral("keyed")], bonus(1),
                                     {{"X-Api-Key", "k3y-0123456789abcdef0123456789abcdef"}}));
        QCOMPARE(response.status, 202);
    }

    void signature()
    {
        const QByteArray body = bonus(2);
        const QByteArray id = "msg_sig_1";
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto headers = [&](qint64 timestamp, const QByteArray &signature) {
            return QList<QPair<QByteArray, QByteArray>>{
                {"webhook-id", id},
                {"webhook-timestamp", QByteArray::number(timestamp)},
                {"webhook-signature", signature}};
        };
        const QByteArray good = crypto::WebhookSignature::sign(signingSecret, id, now, body);
        QVERIFY(good.startsWith("v1,"));
        const qint64 before = deliveryCount();
        QCOMPARE(once(CatcherClient::post(m_targets[QStringLiteral("signed")], body)).status, 401);
        QCOMPARE(once(CatcherClient::post(m_targets[QStringLiteral("signed")], body,
                                          headers(now, "v1,AAAA" + good.mid(7))))
                     .status,
                 401);
        const qint64 stale = now - 600;
        const CaughtResponse staleResponse = once(CatcherClient::post(
            m_targets[QStringLiteral("signed")], body,
            headers(stale, crypto::WebhookSignature::sign(signingSecret, id, stale, body))));
        QCOMPARE(staleResponse.status, 401);
        QVERIFY2(!staleResponse.error().isEmpty(), staleResponse.body.constData());
        // A signature over another body is wrong too.
        QCOMPARE(once(CatcherClient::post(m_targets[QStringLiteral("signed")], bonus(3),
                                          headers(now, good)))
                     .status,
                 401);
        QCOMPARE(deliveryCount(), before);
        // Several signatures, one valid, is enough.
        const CaughtResponse accepted = once(CatcherClient::post(
            m_targets[QStringLiteral("signed")], body, headers(now, "v1,Zm9v " + good)));
        QCOMPARE(accepted.status, 202);
    }

    void idempotentRepeat()
    {
        waitNothingPending();
        const qint64 before = coins();
        const QList<QPair<QByteArray, QByteArray>> headers{{"Idempotency-Key", "order-77"}};
        const CaughtResponse first =
            once(CatcherClient::post(m_targets[QStringLiteral("plain")], bonus(7), headers));
        QVERIFY2(first.status == 202, first.body.constData());
        const qint64 id = first.json().value(QStringLiteral("delivery_id")).toInteger();
        QCOMPARE(waitProcessed(id).status, hb::DeliveryStatus::Success);
        const CaughtResponse repeat =
            once(CatcherClient::post(m_targets[QStringLiteral("plain")], bonus(7), headers));
        QCOMPARE(repeat.status, 202);
        QCOMPARE(repeat.json().value(QStringLiteral("delivery_id")).toInteger(), id);
        QCOMPARE(repeat.json().value(QStringLiteral("duplicate")).toBool(), true);
        QCOMPARE(repeat.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("success"));
        QTest::qWait(300);
        QCOMPARE(coins(), before + 7); // applied once
        // The same key on another webhook is another delivery.
        const CaughtResponse other =
            once(CatcherClient::post(m_targets[QStringLiteral("keyed")], bonus(0),
                                     {{"Idempotency-Key", "order-77"},
                                      {"x-api-key", "k3y-0123456789abcdef0123456789abcdef"}}));
        QCOMPARE(other.status, 202);
        QVERIFY(!other.json().contains(QStringLiteral("duplicate")));
    }

    void encryptedDeliveries()
    {
        waitNothingPending();
        const qint64 before = coins();
        const QList<QPair<QByteArray, QByteArray>> encrypted{{"x-encrypted", "true"}};
        auto send = [&](const char *hook, const QByteArray &body) {
            const CaughtResponse response =
                once(CatcherClient::post(m_targets[QString::fromUtf8(hook)], body, encrypted));
            return response.status == 202 ? waitProcessed(
                       response.json().value(QStringLiteral("delivery_id")).toInteger())
                                          : store::DeliveryRecord{};
        };
        const QByteArray gcmBody =
            crypto::AesCipher::encryptBody(bonus(11), mapping::EncryptionMode::Gcm, encryptionKey,
                                           crypto::AesCipher::BodyForm::Compact);
        QCOMPARE(send("gcm", gcmBody).status, hb::DeliveryStatus::Success);
        const QByteArray cbcBody =
            crypto::AesCipher::encryptBody(bonus(13), mapping::EncryptionMode::Cbc, encryptionKey);
        QCOMPARE(send("cbc", cbcBody).status, hb::DeliveryStatus::Success);
        QCOMPARE(coins(), before + 24);

        // GCM with a tampered tag.
        QByteArray raw = QByteArray::fromBase64(
            crypto::AesCipher::encryptBody(bonus(1000), mapping::EncryptionMode::Gcm, encryptionKey,
                                           crypto::AesCipher::BodyForm::Compact));
        raw[raw.size() - 1] = char(raw.at(raw.size() - 1) ^ 0x01);
        store::DeliveryRecord tampered = send("gcm", raw.toBase64());
        QCOMPARE(tampered.status, hb::DeliveryStatus::Failed);
        QVERIFY2(tampered.reason.contains(QLatin1String("decrypt")), qPrintable(tampered.reason));

        // CBC whose last block decrypts to a zero padding byte (never valid PKCS#7).
        const QByteArray plain = bonus(1000);
        const int padding = 16 - int(plain.size() % 16);
        raw = QByteArray::fromBase64(
            crypto::AesCipher::encryptBody(plain, mapping::EncryptionMode::Cbc, encryptionKey,
                                           crypto::AesCipher::BodyForm::Compact));
        raw[raw.size() - 17] = char(raw.at(raw.size() - 17) ^ padding);
        store::DeliveryRecord badPadding = send("cbc", raw.toBase64());
        QCOMPARE(badPadding.status, hb::DeliveryStatus::Failed);
        // One reason for every decryption failure: no padding oracle.
        QCOMPARE(badPadding.reason,
                 QString(tampered.reason).replace(QLatin1String("GCM"), QLatin1String("CBC")));

        // Not marked as encrypted.
        const CaughtResponse unmarked =
            once(CatcherClient::post(m_targets[QStringLiteral("gcm")], gcmBody));
        QCOMPARE(unmarked.status, 202);
        QCOMPARE(
            waitProcessed(unmarked.json().value(QStringLiteral("delivery_id")).toInteger()).status,
            hb::DeliveryStatus::Failed);
        QCOMPARE(coins(), before + 24); // nothing applied by any failure
    }

    void postgres()
    {
        TempPostgres pg;
        if (!pg.isAvailable()) {
            if (TempPostgres::required())
                QFAIL(qPrintable(QStringLiteral("PostgreSQL: ") + pg.error()));
            QSKIP("no PostgreSQL server ($HOOKBENCH_TEST_PG unset)");
        }
        QByteArray target;
        {
            store::Database db(pg.url());
            QVERIFY(db.open().ok());
            mapping::Webhook webhook;
            webhook.name = QStringLiteral("pg");
            webhook.apiKey = QStringLiteral("pg-key-0123456789abcdef0123456789ab");
            webhook.user = {mapping::Identifier::Email, QStringLiteral("/email")};
            store::WebhookRepository repository(db);
            auto added = repository.add(webhook);
            QVERIFY2(added.ok(), qPrintable(added.error()));
            target = "/hooks/" + added->token.toUtf8();
        }
        delivery::CatcherService service(pg.url());
        delivery::CatcherSettings settings;
        settings.port = 0;
        settings.processDeliveries = false;
        QVERIFY(service.start(settings).ok());
        auto post = [&](const QList<QPair<QByteArray, QByteArray>> &headers) {
            CatcherClient client(service.baseUrl());
            return client.request(CatcherClient::post(target, bonus(1), headers))
                .value_or(CaughtResponse{});
        };
        const QPair<QByteArray, QByteArray> key{"x-api-key", "pg-key-0123456789abcdef0123456789ab"};
        const CaughtResponse first = post({key, {"webhook-id", "pg-1"}});
        QVERIFY2(first.status == 202, first.body.constData());
        const CaughtResponse repeat = post({key, {"webhook-id", "pg-1"}});
        QCOMPARE(repeat.status, 202);
        QCOMPARE(repeat.json().value(QStringLiteral("delivery_id")).toInteger(),
                 first.json().value(QStringLiteral("delivery_id")).toInteger());
        QVERIFY(repeat.json().value(QStringLiteral("duplicate")).toBool());
        QCOMPARE(post({}).status, 401);
        service.stop();
        store::Database db(pg.url());
        QVERIFY(db.open().ok());
        store::RejectionLog log(db);
        auto recent = log.recent(5);
        QVERIFY2(recent.ok(), qPrintable(recent.error()));
        QCOMPARE(recent->size(), 1);
        QCOMPARE(recent->first().reason, QStringLiteral("missing x-api-key header"));
        QCOMPARE(recent->first().bodyHead, bonus(1));
    }

    void tls()
    {
        const SelfSignedCertificate certificate;
        QVERIFY(certificate.isMade());

        delivery::CatcherService secure(m_store.path());
        delivery::CatcherSettings settings;
        settings.port = 0;
        settings.tlsCertificateFile = certificate.certificateFile();
        settings.tlsKeyFile = certificate.keyFile();
        settings.processDeliveries = false;
        const Status started = secure.start(settings);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QCOMPARE(secure.baseUrl().scheme(), QStringLiteral("https"));
        CatcherClient client(secure.baseUrl(), true);
        QVERIFY(client.isConnected());
        auto response = client.request(CatcherClient::get("/healthz"));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        response =
            client.request(CatcherClient::post(m_targets[QStringLiteral("plain")], bonus(0)));
        QVERIFY(response);
        QCOMPARE(response->status, 202);
        secure.stop();

        // A key that is not the certificate's, and a file that is not there.
        QProcess other;
        const QString otherKey = certificate.folder() + QStringLiteral("/other.pem");
        other.start(QStringLiteral("openssl"), {QStringLiteral("genrsa"), QStringLiteral("-out"),
                                                otherKey, QStringLiteral("2048")});
        QVERIFY(other.waitForFinished(60000));
        settings.tlsKeyFile = otherKey;
        delivery::CatcherService mismatched(m_store.path());
        Status refused = mismatched.start(settings);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("does not belong to the certificate")),
                 qPrintable(refused.error()));
        settings.tlsKeyFile = certificate.folder() + QStringLiteral("/missing.pem");
        refused = mismatched.start(settings);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().startsWith(QLatin1String("cannot read the TLS key")),
                 qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(TestCatcherWebhooks)
#include "test_catcher_webhooks.moc"
