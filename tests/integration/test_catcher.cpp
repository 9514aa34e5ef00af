// The catcher over real loopback sockets: every status of SPEC §3, framing, pipelining,
// idempotency, encrypted bodies, TLS. The service runs in-process; clients are raw sockets.
#include "catcherclient.h"
#include "crypto/aescipher.h"
#include "crypto/webhooksignature.h"
#include "delivery/catcherservice.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/rejectionlog.h"
#include "store/userrepository.h"
#include "store/webhookrepository.h"
#include "temppostgres.h"
#include "tempstore.h"

#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hb;

namespace {

const QString signingSecret =
    QStringLiteral("whsec_") + QString::fromLatin1(QByteArray(32, '\x5a').toBase64());
const QByteArray encryptionKey = "0123456789abcdef0123456789abcdef";

} // namespace

class TestCatcher : public QObject {
    Q_OBJECT

private:
    TempStore m_store;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<delivery::CatcherService> m_service;
    QHash<QString, QByteArray> m_targets; // webhook name -> /hooks/<token>
    int m_maxConnections = 6;

    void addWebhook(mapping::Webhook webhook)
    {
        webhook.user = {mapping::Identifier::Email, QStringLiteral("/email")};
        webhook.currencies = {
            {mapping::Currency::Coins, mapping::Operator::Add, QStringLiteral("/bonus")}};
        store::WebhookRepository repository(*m_db);
        auto added = repository.add(webhook);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        m_targets.insert(webhook.name, "/hooks/" + added->token.toUtf8());
    }

    qint64 coins()
    {
        store::UserRepository users(*m_db);
        auto user = users.findByEmail(QStringLiteral("alice@example.com"));
        return user.ok() && user->has_value() ? (*user)->coins : -1;
    }

    store::DeliveryRecord waitProcessed(qint64 id)
    {
        store::DeliveryRepository deliveries(*m_db);
        store::DeliveryRecord record;
        for (int i = 0; i < 400; ++i) {
            auto found = deliveries.find(id);
            if (found.ok() && found->has_value() && (*found)->status != QLatin1String("pending"))
                return **found;
            QTest::qWait(50);
        }
        return record;
    }

    qint64 deliveryCount()
    {
        store::DeliveryRepository deliveries(*m_db);
        store::DeliveryFilter filter;
        filter.limit = 100000;
        auto list = deliveries.list(filter);
        return list.ok() ? list->size() : -1;
    }

    QUrl base() const { return m_service->baseUrl(); }

    // One request on a fresh connection.
    CaughtResponse once(const QByteArray &wire)
    {
        CatcherClient client(base());
        if (!client.isConnected())
            return {};
        return client.request(wire).value_or(CaughtResponse{});
    }

    QByteArray bonus(int amount)
    {
        return R"({"email":"alice@example.com","bonus":)" + QByteArray::number(amount) + "}";
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.isValid());
        m_db = std::make_unique<store::Database>(m_store.path());
        QVERIFY(m_db->open().ok());
        store::UserRepository users(*m_db);
        store::User alice;
        alice.email = QStringLiteral("alice@example.com");
        alice.username = QStringLiteral("alice");
        QVERIFY(users.add(alice).ok());

        mapping::Webhook plain;
        plain.name = QStringLiteral("plain");
        addWebhook(plain);
        mapping::Webhook keyed;
        keyed.name = QStringLiteral("keyed");
        keyed.apiKey = QStringLiteral("k3y-0123456789abcdef0123456789abcdef");
        addWebhook(keyed);
        mapping::Webhook signedHook;
        signedHook.name = QStringLiteral("signed");
        signedHook.signingSecret = signingSecret;
        addWebhook(signedHook);
        mapping::Webhook disabled;
        disabled.name = QStringLiteral("disabled");
        disabled.enabled = false;
        addWebhook(disabled);
        mapping::Webhook gcm;
        gcm.name = QStringLiteral("gcm");
        gcm.encryption =
            mapping::Encryption{mapping::EncryptionMode::Gcm, QString::fromLatin1(encryptionKey)};
        addWebhook(gcm);
        mapping::Webhook cbc;
        cbc.name = QStringLiteral("cbc");
        cbc.encryption =
            mapping::Encryption{mapping::EncryptionMode::Cbc, QString::fromLatin1(encryptionKey)};
        addWebhook(cbc);

        m_service = std::make_unique<delivery::CatcherService>(m_store.path());
        delivery::CatcherSettings settings;
        settings.port = 0;
        settings.limits.requestTimeoutMs = 1500;
        const Status started = m_service->start(settings);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QVERIFY(m_service->isListening());
        QCOMPARE(base().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(base().port() > 0);
        QCOMPARE(m_service->webhookUrl(QStringLiteral("abc")),
                 base().toString() + QStringLiteral("/hooks/abc"));
    }

    void cleanupTestCase()
    {
        if (m_service)
            m_service->stop();
        m_service.reset();
    }

    void healthz()
    {
        const CaughtResponse response = once(CatcherClient::get("/healthz"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray(R"({"status":"ok"})"));
        QCOMPARE(response.header("content-type"), QByteArray("application/json"));
    }

    void acceptedIsStoredThenProcessed()
    {
        QSignalSpy stored(m_service.get(), &delivery::CatcherService::deliveryStored);
        const qint64 before = coins();
        const CaughtResponse response = once(CatcherClient::post(m_targets["plain"], bonus(5)));
        QCOMPARE(response.status, 202);
        const QJsonObject json = response.json();
        QCOMPARE(json.value("status").toString(), QStringLiteral("pending"));
        QVERIFY(!json.contains("duplicate"));
        const qint64 id = json.value("delivery_id").toInteger();
        QVERIFY(id > 0);
        // Durable before the answer: the row is there the moment the 202 arrived.
        store::DeliveryRepository deliveries(*m_db);
        auto found = deliveries.find(id);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->body, bonus(5));
        QCOMPARE((*found)->method, QByteArray("POST"));
        QCOMPARE(waitProcessed(id).status, QStringLiteral("success"));
        QCOMPARE(coins(), before + 5);
        QTRY_VERIFY(!stored.isEmpty());
        QCOMPARE(stored.first().at(0).toLongLong(), id);
    }

    void putPatchGetAreReceived()
    {
        for (const QByteArray method : {"PUT", "PATCH"}) {
            const CaughtResponse response =
                once(CatcherClient::post(m_targets["plain"], bonus(0), {}, method));
            QCOMPARE(response.status, 202);
        }
        // GET without a body: the query is the payload.
        const CaughtResponse response =
            once(CatcherClient::get(m_targets["plain"] + "?email=alice%40example.com&bonus=1"));
        QCOMPARE(response.status, 202);
    }

    void otherMethodsAre405()
    {
        const CaughtResponse response =
            once(CatcherClient::post(m_targets["plain"], bonus(1), {}, "DELETE"));
        QCOMPARE(response.status, 405);
        QCOMPARE(response.header("allow"), QByteArray("GET, POST, PUT, PATCH"));
        QVERIFY(response.error().contains(QLatin1String("DELETE")));
    }

    void unknownTokenIs404AndDisabledIs403()
    {
        const qint64 before = deliveryCount();
        CaughtResponse response = once(CatcherClient::post("/hooks/no-such-token", bonus(1)));
        QCOMPARE(response.status, 404);
        QCOMPARE(response.error(), QStringLiteral("no webhook with this token"));
        QCOMPARE(once(CatcherClient::post("/elsewhere", bonus(1))).status, 404);
        response = once(CatcherClient::post(m_targets["disabled"], bonus(1)));
        QCOMPARE(response.status, 403);
        QVERIFY(response.error().contains(QLatin1String("disabled")));
        QCOMPARE(deliveryCount(), before);
    }

    void apiKey()
    {
        const qint64 before = deliveryCount();
        CaughtResponse response = once(CatcherClient::post(m_targets["keyed"], bonus(1)));
        QCOMPARE(response.status, 401);
        QCOMPARE(response.error(), QStringLiteral("missing x-api-key header"));
        response = once(CatcherClient::post(
            m_targets["keyed"], bonus(1), {{"x-api-key", "k3y-0123456789abcdef0123456789abcdeX"}}));
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

        response = once(CatcherClient::post(
            m_targets["keyed"], bonus(1), {{"X-Api-Key", "k3y-0123456789abcdef0123456789abcdef"}}));
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
        QCOMPARE(once(CatcherClient::post(m_targets["signed"], body)).status, 401);
        QCOMPARE(once(CatcherClient::post(m_targets["signed"], body,
                                          headers(now, "v1,AAAA" + good.mid(7))))
                     .status,
                 401);
        const qint64 stale = now - 600;
        const CaughtResponse staleResponse = once(CatcherClient::post(
            m_targets["signed"], body,
            headers(stale, crypto::WebhookSignature::sign(signingSecret, id, stale, body))));
        QCOMPARE(staleResponse.status, 401);
        QVERIFY2(!staleResponse.error().isEmpty(), staleResponse.body.constData());
        // A signature over another body is wrong too.
        QCOMPARE(
            once(CatcherClient::post(m_targets["signed"], bonus(3), headers(now, good))).status,
            401);
        QCOMPARE(deliveryCount(), before);
        // Several signatures, one valid, is enough.
        const CaughtResponse accepted =
            once(CatcherClient::post(m_targets["signed"], body, headers(now, "v1,Zm9v " + good)));
        QCOMPARE(accepted.status, 202);
    }

    void malformedIs400AndCloses()
    {
        CatcherClient client(base());
        const auto response = client.request("THIS IS NOT HTTP\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        QVERIFY(response->error().contains(QLatin1String("malformed")));
        QVERIFY(client.waitClosed());
    }

    void contentLengthAndTransferEncodingIs400()
    {
        CatcherClient client(base());
        const auto response =
            client.request("POST " + m_targets["plain"]
                           + " HTTP/1.1\r\nHost: x\r\n"
                             "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        QVERIFY(client.waitClosed());
    }

    void conflictingLengthsAre400()
    {
        CatcherClient client(base());
        const auto response = client.request("POST " + m_targets["plain"]
                                             + " HTTP/1.1\r\nHost: x\r\n"
                                               "Content-Length: 2\r\nContent-Length: 3\r\n\r\nabc");
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        QVERIFY(client.waitClosed());
    }

    void stalledRequestIs408()
    {
        CatcherClient client(base());
        client.send("POST " + m_targets["plain"]
                    + " HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"a\"");
        const auto response = client.next();
        QVERIFY(response);
        QCOMPARE(response->status, 408);
        QVERIFY(client.waitClosed());
    }

    void bodyTooLargeIs413()
    {
        CatcherClient client(base());
        const QByteArray body(1024 * 1024 + 1, 'x');
        const auto response = client.request(CatcherClient::post(m_targets["plain"], body));
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QVERIFY(client.waitClosed());
        // Exactly the limit is fine (a stored delivery; it fails later as "unsupported body").
        const QByteArray fits = "\"" + QByteArray(1024 * 1024 - 2, 'x') + "\"";
        QCOMPARE(once(CatcherClient::post(m_targets["plain"], fits)).status, 202);
    }

    void expectContinue()
    {
        // Too large: refused before the body is sent.
        CatcherClient large(base());
        auto response = large.request("POST " + m_targets["plain"]
                                      + " HTTP/1.1\r\nHost: x\r\n"
                                        "Content-Length: 5000000\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QVERIFY(large.waitClosed());
        // Fits: 100 Continue first, then the body, then 202.
        CatcherClient fits(base());
        const QByteArray body = bonus(0);
        response =
            fits.request("POST " + m_targets["plain"]
                         + " HTTP/1.1\r\nHost: x\r\n"
                           "Content-Type: application/json\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(response->status, 100);
        response = fits.request(body);
        QVERIFY(response);
        QCOMPARE(response->status, 202);
    }

    void longTargetIs414()
    {
        CatcherClient client(base());
        const auto response = client.request(CatcherClient::get("/hooks/" + QByteArray(9000, 'a')));
        QVERIFY(response);
        QCOMPARE(response->status, 414);
        QVERIFY(client.waitClosed());
    }

    void largeHeadersAre431()
    {
        QByteArray wire = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 20; ++i)
            wire += "X-Padding-" + QByteArray::number(i) + ": " + QByteArray(1000, 'p') + "\r\n";
        wire += "\r\n";
        CatcherClient client(base());
        const auto response = client.request(wire);
        QVERIFY(response);
        QCOMPARE(response->status, 431);
        QVERIFY(client.waitClosed());
    }

    void chunkedBody()
    {
        const QByteArray wire = "POST " + m_targets["plain"]
                                + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                  "Transfer-Encoding: chunked\r\n\r\n"
                                  "a\r\n{\"email\":\"\r\n"
                                  "1d\r\nalice@example.com\",\"bonus\":3}\r\n0\r\n\r\n";
        const CaughtResponse response = once(wire);
        QCOMPARE(response.status, 202);
        const qint64 id = response.json().value("delivery_id").toInteger();
        store::DeliveryRepository deliveries(*m_db);
        auto found = deliveries.find(id);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->body, bonus(3));
        QCOMPARE(waitProcessed(id).status, QStringLiteral("success"));
    }

    void pipelinedAnswersInOrder()
    {
        QByteArray wire;
        wire += CatcherClient::post(m_targets["plain"], bonus(0));
        wire += CatcherClient::get("/healthz");
        wire += CatcherClient::post("/hooks/unknown", bonus(0));
        wire += CatcherClient::post(m_targets["plain"], bonus(0));
        wire += CatcherClient::post(m_targets["keyed"], bonus(0));
        CatcherClient client(base());
        client.send(wire);
        QList<int> statuses;
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            const auto response = client.next();
            QVERIFY(response);
            statuses << response->status;
            if (response->status == 202)
                ids << response->json().value("delivery_id").toInteger();
        }
        QCOMPARE(statuses, (QList<int>{202, 200, 404, 202, 401}));
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids[0] < ids[1]);
    }

    void oneBytePerWrite()
    {
        CatcherClient client(base());
        const QByteArray wire = CatcherClient::post(m_targets["plain"], bonus(0));
        for (char c : wire) {
            client.socket().write(&c, 1);
            client.socket().flush();
            client.socket().waitForBytesWritten(1000);
        }
        const auto response = client.next();
        QVERIFY(response);
        QCOMPARE(response->status, 202);
    }

    void keepAliveReusesTheConnection()
    {
        CatcherClient client(base());
        for (int i = 0; i < 3; ++i) {
            const auto response = client.request(CatcherClient::post(m_targets["plain"], bonus(0)));
            QVERIFY(response);
            QCOMPARE(response->status, 202);
            QCOMPARE(response->header("connection"), QByteArray("keep-alive"));
            QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
        }
        const auto last = client.request("GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n");
        QVERIFY(last);
        QCOMPARE(last->status, 200);
        QCOMPARE(last->header("connection"), QByteArray("close"));
        QVERIFY(client.waitClosed());
    }

    void connectionCap()
    {
        // Its own service, so that the places it fills do not affect the other tests.
        delivery::CatcherService capped(m_store.path());
        delivery::CatcherSettings settings;
        settings.port = 0;
        settings.limits.maxConnections = m_maxConnections;
        settings.processDeliveries = false;
        QVERIFY(capped.start(settings).ok());
        std::vector<std::unique_ptr<CatcherClient>> clients;
        for (int i = 0; i < m_maxConnections; ++i) {
            clients.push_back(std::make_unique<CatcherClient>(capped.baseUrl()));
            const auto response = clients.back()->request(CatcherClient::get("/healthz"));
            QVERIFY(response);
            QCOMPARE(response->status, 200);
        }
        CatcherClient extra(capped.baseUrl());
        const auto refused = extra.next();
        QVERIFY(refused);
        QCOMPARE(refused->status, 503);
        QVERIFY(refused->error().contains(QLatin1String("too many connections")));
        QVERIFY(extra.waitClosed());
        // A freed place is taken again (once the server has seen the close).
        clients.pop_back();
        int status = 0;
        QElapsedTimer waited;
        waited.start();
        while (status != 200 && waited.elapsed() < 20000) {
            QTest::qWait(20);
            CatcherClient again(capped.baseUrl());
            status =
                again.request(CatcherClient::get("/healthz")).value_or(CaughtResponse{}).status;
        }
        QCOMPARE(status, 200);
        clients.clear();
        capped.stop();
    }

    void idempotentRepeat()
    {
        const qint64 before = coins();
        const QList<QPair<QByteArray, QByteArray>> headers{{"Idempotency-Key", "order-77"}};
        const CaughtResponse first =
            once(CatcherClient::post(m_targets["plain"], bonus(7), headers));
        QVERIFY2(first.status == 202, first.body.constData());
        const qint64 id = first.json().value("delivery_id").toInteger();
        QCOMPARE(waitProcessed(id).status, QStringLiteral("success"));
        const CaughtResponse repeat =
            once(CatcherClient::post(m_targets["plain"], bonus(7), headers));
        QCOMPARE(repeat.status, 202);
        QCOMPARE(repeat.json().value("delivery_id").toInteger(), id);
        QCOMPARE(repeat.json().value("duplicate").toBool(), true);
        QCOMPARE(repeat.json().value("status").toString(), QStringLiteral("success"));
        QTest::qWait(300);
        QCOMPARE(coins(), before + 7); // applied once
        // The same key on another webhook is another delivery.
        const CaughtResponse other =
            once(CatcherClient::post(m_targets["keyed"], bonus(0),
                                     {{"Idempotency-Key", "order-77"},
                                      {"x-api-key", "k3y-0123456789abcdef0123456789abcdef"}}));
        QCOMPARE(other.status, 202);
        QVERIFY(!other.json().contains("duplicate"));
    }

    void encryptedDeliveries()
    {
        const qint64 before = coins();
        const QList<QPair<QByteArray, QByteArray>> encrypted{{"x-encrypted", "true"}};
        auto send = [&](const char *hook, const QByteArray &body) {
            const CaughtResponse response =
                once(CatcherClient::post(m_targets[hook], body, encrypted));
            return response.status == 202
                       ? waitProcessed(response.json().value("delivery_id").toInteger())
                       : store::DeliveryRecord{};
        };
        const QByteArray gcmBody =
            crypto::AesCipher::encryptBody(bonus(11), mapping::EncryptionMode::Gcm, encryptionKey,
                                           crypto::AesCipher::BodyForm::Compact);
        QCOMPARE(send("gcm", gcmBody).status, QStringLiteral("success"));
        const QByteArray cbcBody =
            crypto::AesCipher::encryptBody(bonus(13), mapping::EncryptionMode::Cbc, encryptionKey);
        QCOMPARE(send("cbc", cbcBody).status, QStringLiteral("success"));
        QCOMPARE(coins(), before + 24);

        // GCM with a tampered tag.
        QByteArray raw = QByteArray::fromBase64(
            crypto::AesCipher::encryptBody(bonus(1000), mapping::EncryptionMode::Gcm, encryptionKey,
                                           crypto::AesCipher::BodyForm::Compact));
        raw[raw.size() - 1] = char(raw.at(raw.size() - 1) ^ 0x01);
        store::DeliveryRecord tampered = send("gcm", raw.toBase64());
        QCOMPARE(tampered.status, QStringLiteral("failed"));
        QVERIFY2(tampered.reason.contains(QLatin1String("decrypt")), qPrintable(tampered.reason));

        // CBC whose last block decrypts to a zero padding byte (never valid PKCS#7).
        const QByteArray plain = bonus(1000);
        const int padding = 16 - int(plain.size() % 16);
        raw = QByteArray::fromBase64(
            crypto::AesCipher::encryptBody(plain, mapping::EncryptionMode::Cbc, encryptionKey,
                                           crypto::AesCipher::BodyForm::Compact));
        raw[raw.size() - 17] = char(raw.at(raw.size() - 17) ^ padding);
        store::DeliveryRecord badPadding = send("cbc", raw.toBase64());
        QCOMPARE(badPadding.status, QStringLiteral("failed"));
        // One reason for every decryption failure: no padding oracle.
        QCOMPARE(badPadding.reason,
                 QString(tampered.reason).replace(QLatin1String("GCM"), QLatin1String("CBC")));

        // Not marked as encrypted.
        const CaughtResponse unmarked = once(CatcherClient::post(m_targets["gcm"], gcmBody));
        QCOMPARE(unmarked.status, 202);
        QCOMPARE(waitProcessed(unmarked.json().value("delivery_id").toInteger()).status,
                 QStringLiteral("failed"));
        QCOMPARE(coins(), before + 24); // nothing applied by any failure
    }

    void portInUse()
    {
        delivery::CatcherService second(m_store.path());
        delivery::CatcherSettings settings;
        settings.port = quint16(base().port());
        const Status started = second.start(settings);
        QVERIFY(!started.ok());
        QCOMPARE(started.error(),
                 QStringLiteral("127.0.0.1:%1 is already in use").arg(base().port()));
        QVERIFY(!second.isListening());
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
        QCOMPARE(repeat.json().value("delivery_id").toInteger(),
                 first.json().value("delivery_id").toInteger());
        QVERIFY(repeat.json().value("duplicate").toBool());
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
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        delivery::CatcherService secure(m_store.path());
        delivery::CatcherSettings settings;
        settings.port = 0;
        settings.tlsCertificateFile = cert;
        settings.tlsKeyFile = key;
        settings.processDeliveries = false;
        const Status started = secure.start(settings);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QCOMPARE(secure.baseUrl().scheme(), QStringLiteral("https"));
        CatcherClient client(secure.baseUrl(), true);
        QVERIFY(client.isConnected());
        auto response = client.request(CatcherClient::get("/healthz"));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        response = client.request(CatcherClient::post(m_targets["plain"], bonus(0)));
        QVERIFY(response);
        QCOMPARE(response->status, 202);
        secure.stop();

        // A key that is not the certificate's, and a file that is not there.
        QProcess other;
        const QString otherKey = dir.filePath(QStringLiteral("other.pem"));
        other.start(QStringLiteral("openssl"), {QStringLiteral("genrsa"), QStringLiteral("-out"),
                                                otherKey, QStringLiteral("2048")});
        QVERIFY(other.waitForFinished(60000));
        settings.tlsKeyFile = otherKey;
        delivery::CatcherService mismatched(m_store.path());
        Status refused = mismatched.start(settings);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("does not belong to the certificate")),
                 qPrintable(refused.error()));
        settings.tlsKeyFile = dir.filePath(QStringLiteral("missing.pem"));
        refused = mismatched.start(settings);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().startsWith(QLatin1String("cannot read the TLS key")),
                 qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(TestCatcher)
#include "test_catcher.moc"
