// SPEC §3 "Strict HTTP/1.1" over real sockets, plain and TLS: every request two servers could
// frame differently is answered with its status and the rule it broke, the connection is closed,
// nothing is stored as a delivery, and the refusal is logged under its webhook. The look-alikes
// a strict reader accepts still get 202, and a refusal pipelined behind an accepted request
// leaves that one received.
#include "catcherfixture.h"
#include "selfsignedcertificate.h"
#include "store/rejectionlog.h"

#include <QTest>

using namespace hb;

class TestCatcherStrict : public QObject, protected CatcherFixture {
    Q_OBJECT

    std::unique_ptr<SelfSignedCertificate> m_certificate;
    std::unique_ptr<delivery::CatcherService> m_secure;

    // `head` is a request head for the plain webhook: "{target}" stands for its target.
    QByteArray wire(QByteArray head)
    {
        return head.replace("{target}", m_targets[QStringLiteral("plain")]);
    }

    qint64 refusedCount()
    {
        auto recent = store::RejectionLog(*m_db).recent(store::RejectionLog::keep);
        return recent.ok() ? recent->size() : -1;
    }

private slots:
    void initTestCase()
    {
        startCatcher();
        m_certificate = std::make_unique<SelfSignedCertificate>();
        QVERIFY(m_certificate->isMade());
        m_secure = std::make_unique<delivery::CatcherService>(m_store.path());
        delivery::CatcherSettings settings;
        settings.port = 0;
        settings.tlsCertificateFile = m_certificate->certificateFile();
        settings.tlsKeyFile = m_certificate->keyFile();
        settings.processDeliveries = false;
        const Status started = m_secure->start(settings);
        QVERIFY2(started.ok(), qPrintable(started.error()));
    }
    void cleanupTestCase()
    {
        if (m_secure)
            m_secure->stop();
        stopCatcher();
    }

    void rules_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status"); // 202: accepted
        QTest::addColumn<QString>("rule");
        const QByteArray start = "POST {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        const QByteArray body = "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
        struct Row {
            const char *name;
            QByteArray head;
            int status;
            const char *rule;
        };
        const QList<Row> rows{
            {"space before colon", start + "Content-Length : 2\r\n\r\n{}", 400,
             "whitespace inside the header name"},
            {"space in a name", start + "X Api: 1\r\n" + body, 400,
             "whitespace inside the header name"},
            {"obs-fold", start + "X-A: a\r\n b\r\n" + body, 400, "starts with whitespace"},
            {"fold after the request line", "POST {target} HTTP/1.1\r\n Host: 127.0.0.1\r\n" + body,
             400, "starts with whitespace"},
            {"bare LF after the request line", "POST {target} HTTP/1.1\nHost: 127.0.0.1\r\n" + body,
             400, "bare LF"},
            {"bare CR after the request line", "POST {target} HTTP/1.1\rHost: 127.0.0.1\r\n" + body,
             400, "bare CR"},
            {"NUL in a value", start + QByteArray("X-A: a\0b\r\n", 10) + body, 400,
             "control character"},
            {"no Host", "POST {target} HTTP/1.1\r\n" + body, 400, "exactly one Host header"},
            {"two Hosts", start + "Host: 127.0.0.1\r\n" + body, 400, "exactly one Host header"},
            {"chunked in HTTP/1.0",
             "POST {target} HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
             400, "Transfer-Encoding in an HTTP/1.0 request"},
            {"unknown coding", start + "Transfer-Encoding: foo\r\n\r\n", 501,
             "unknown transfer coding"},
            {"gzip, chunked",
             start + "Transfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", 400,
             "chunked alone"},
            {"equal lengths twice", start + "Content-Length: 2\r\n" + body, 400,
             "more than one Content-Length"},
            {"length and chunked",
             start + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n", 400,
             "Content-Length together with Transfer-Encoding"},
            {"asterisk-form", "POST * HTTP/1.1\r\nHost: 127.0.0.1\r\n" + body, 400, "origin-form"},
            {"look-alike Transfer_Encoding", start + "Transfer_Encoding: chunked\r\n" + body, 202,
             ""},
            {"look-alike Content-Encoding", start + "Content-Encoding: chunked\r\n" + body, 202,
             ""},
            {"chunked", start + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", 202, ""},
        };
        for (const bool tls : {false, true}) {
            for (const Row &row : rows) {
                QTest::addRow("%s%s", tls ? "tls: " : "", row.name)
                    << tls << row.head << row.status << QString::fromLatin1(row.rule);
            }
        }
    }
    void rules()
    {
        QFETCH(bool, tls);
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        QFETCH(QString, rule);
        const qint64 deliveriesBefore = deliveryCount();
        const qint64 refusedBefore = refusedCount();
        CatcherClient client(tls ? m_secure->baseUrl() : base(), tls);
        QVERIFY(client.isConnected());
        const std::optional<CaughtResponse> response = client.request(wire(head));
        QVERIFY(response);
        QCOMPARE(response->status, status);
        if (status == 202) {
            QCOMPARE(deliveryCount(), deliveriesBefore + 1);
            return;
        }
        QVERIFY2(response->error().contains(rule), qPrintable(response->error()));
        QVERIFY(client.waitClosed());
        QCOMPARE(deliveryCount(), deliveriesBefore);
        if (!head.contains("{target}"))
            return; // no webhook named: nothing to log it under (refusalWithoutAWebhook)
        // Logged under the webhook, by the writer after the answer.
        QTRY_COMPARE_WITH_TIMEOUT(refusedCount(), refusedBefore + 1, 20000);
        const store::RejectedRequest logged = store::RejectionLog(*m_db).recent(1)->first();
        QCOMPARE(logged.status, status);
        QCOMPARE(logged.webhookName, QStringLiteral("plain"));
        QVERIFY2(logged.reason.contains(rule), qPrintable(logged.reason));
    }

    // A refusal pipelined behind an accepted request: the first is received and answered 202,
    // the second refused, and the connection closed after both answers.
    void refusalAfterAnAcceptedRequest()
    {
        const qint64 before = deliveryCount();
        const qint64 refusedBefore = refusedCount();
        CatcherClient client(base());
        QVERIFY(client.isConnected());
        client.send(CatcherClient::post(m_targets[QStringLiteral("plain")], bonus(0))
                    + wire("POST {target} HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"));
        const auto first = client.next();
        QVERIFY(first);
        QCOMPARE(first->status, 202);
        const auto second = client.next();
        QVERIFY(second);
        QCOMPARE(second->status, 400);
        QVERIFY(client.waitClosed());
        QCOMPARE(deliveryCount(), before + 1);
        // The refusal names the webhook, so it is logged; wait for the writer here so that it
        // cannot land inside the next test's count.
        QTRY_COMPARE_WITH_TIMEOUT(refusedCount(), refusedBefore + 1, 20000);
    }

    // Refused before a webhook is known: answered the same, with nothing logged.
    void refusalWithoutAWebhook()
    {
        const qint64 refusedBefore = refusedCount();
        const CaughtResponse response =
            once("POST /hooks/no-such-token HTTP/1.1\r\nContent-Length : 2\r\n\r\n{}");
        QCOMPARE(response.status, 400);
        // A refusal that is logged, sent after it: once it is in the log, the writer (which
        // keeps their order) has had the first one too, and only the second is there.
        QCOMPARE(once(wire("POST {target} HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}")).status, 400);
        QTRY_VERIFY_WITH_TIMEOUT(refusedCount() > refusedBefore, 20000);
        QCOMPARE(refusedCount(), refusedBefore + 1);
        QCOMPARE(store::RejectionLog(*m_db).recent(1)->first().webhookName,
                 QStringLiteral("plain"));
    }
};

QTEST_GUILESS_MAIN(TestCatcherStrict)
#include "test_catcher_strict.moc"
