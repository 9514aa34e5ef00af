// The HTTP client behind the Sender page and `hookbench send`, over real loopback sockets: an
// answer of any status is passed back with what was sent intact, redirects are not followed, a
// peer that never answers is given up after the timeout, and a closed port, a hang-up, a refused
// self-signed certificate and a non-HTTP URL are each said in a tester's words.
#include "delivery/httpsender.h"
#include "selfsignedcertificate.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using hb::delivery::HttpSender;
using hb::delivery::SendAnswer;

namespace {

// A loopback HTTP peer that behaves as told with every complete request it reads: answers it
// with `reply`, keeps silent, or hangs up as soon as a connection opens. Records what it read.
class LoopbackPeer : public QObject {
public:
    enum class Behaviour { Answer, Silent, HangUp };

    explicit LoopbackPeer(Behaviour behaviour, QByteArray reply = {},
                          std::unique_ptr<QTcpServer> server = std::make_unique<QTcpServer>())
        : m_behaviour(behaviour)
        , m_reply(std::move(reply))
        , m_server(std::move(server))
    {
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
                         [this] { accept(); });
        m_server->listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_server->isListening(); }
    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/hooks/abc").arg(scheme).arg(port()));
    }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            if (m_behaviour == Behaviour::HangUp) {
                socket->abort();
                continue;
            }
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                if (!isComplete(*buffer))
                    return;
                m_requests << *buffer;
                buffer->clear();
                if (m_behaviour == Behaviour::Answer)
                    socket->write(m_reply);
            });
        }
    }

    // Head and Content-Length body both in: the client sends no chunked bodies.
    static bool isComplete(const QByteArray &request)
    {
        const qsizetype headEnd = request.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        qsizetype length = 0;
        for (const QByteArray &line : request.left(headEnd).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("content-length:"))
                length = trimmed.mid(15).trimmed().toLongLong();
        }
        return request.size() >= headEnd + 4 + length;
    }

    Behaviour m_behaviour;
    QByteArray m_reply;
    std::unique_ptr<QTcpServer> m_server;
    QList<QByteArray> m_requests;
};

QByteArray httpReply(const QByteArray &statusLine, const QByteArray &body,
                     const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

const HttpSender::Headers sampleHeaders = {{"Content-Type", "application/json"},
                                           {"x-api-key", "key-123"}};
const QByteArray sampleBody = R"({"email":"alice@example.com"})";

} // namespace

class TestHttpSender : public QObject {
    Q_OBJECT

private slots:
    void anAnswerComesBackWithWhatWasSentIntact()
    {
        LoopbackPeer peer(LoopbackPeer::Behaviour::Answer,
                          httpReply("202 Accepted", R"({"delivery_id":7})"));
        QVERIFY(peer.isListening());
        HttpSender sender;
        const QDateTime before = QDateTime::currentDateTime();
        const SendAnswer answer = sender.sendAndWait(peer.url(), sampleHeaders, sampleBody);
        QVERIFY2(answer.answered(), qPrintable(answer.error));
        QVERIFY(answer.succeeded());
        QCOMPARE(answer.status, 202);
        QCOMPARE(answer.reason, QStringLiteral("Accepted"));
        QCOMPARE(answer.body, QByteArray(R"({"delivery_id":7})"));
        QCOMPARE(answer.url, peer.url());
        QVERIFY(answer.sentAt >= before.addSecs(-1));
        QVERIFY(answer.elapsedMs >= 0);
        QVERIFY(answer.error.isEmpty());
        QVERIFY(answer.overlookedCertificateErrors.isEmpty());
        QVERIFY(!sender.isSending());

        QCOMPARE(peer.requests().size(), 1);
        const QByteArray request = peer.requests().constFirst();
        QVERIFY2(request.startsWith("POST /hooks/abc HTTP/1.1\r\n"), request.constData());
        QVERIFY2(request.contains("\r\nx-api-key: key-123\r\n"), request.constData());
        QVERIFY2(request.contains("\r\nContent-Type: application/json\r\n"), request.constData());
        QVERIFY(request.endsWith(QByteArray("\r\n\r\n" + sampleBody)));
    }

    void anErrorStatusIsStillAnAnswer()
    {
        LoopbackPeer peer(LoopbackPeer::Behaviour::Answer,
                          httpReply("401 Unauthorized", R"({"error":"missing API key"})"));
        HttpSender sender;
        const SendAnswer answer = sender.sendAndWait(peer.url(), sampleHeaders, sampleBody);
        QVERIFY(answer.answered());
        QVERIFY(!answer.succeeded());
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.reason, QStringLiteral("Unauthorized"));
        QCOMPARE(answer.body, QByteArray(R"({"error":"missing API key"})"));
        QVERIFY(answer.error.isEmpty());
    }

    // The answer of the URL typed is what a tester wants to read, not that of another.
    void redirectsAreNotFollowed()
    {
        LoopbackPeer peer(
            LoopbackPeer::Behaviour::Answer,
            httpReply("307 Temporary Redirect", "{}", "Location: /hooks/elsewhere\r\n"));
        HttpSender sender;
        const SendAnswer answer = sender.sendAndWait(peer.url(), sampleHeaders, sampleBody);
        QCOMPARE(answer.status, 307);
        QTest::qWait(100); // room for a second request, were it followed
        QCOMPARE(peer.requests().size(), 1);
    }

    void oneSendAtATimeAndFinishedOnce()
    {
        LoopbackPeer peer(LoopbackPeer::Behaviour::Answer, httpReply("202 Accepted", "{}"));
        HttpSender sender;
        QList<SendAnswer> answers;
        connect(&sender, &HttpSender::finished, this,
                [&answers](const SendAnswer &answer) { answers << answer; });
        QVERIFY(sender.send(peer.url(), sampleHeaders, sampleBody));
        QVERIFY(sender.isSending());
        QVERIFY(!sender.send(peer.url(), sampleHeaders, sampleBody));
        const SendAnswer busy = sender.sendAndWait(peer.url(), sampleHeaders, sampleBody);
        QVERIFY(!busy.answered());
        QVERIFY2(busy.error.contains(QStringLiteral("still in flight")), qPrintable(busy.error));
        QTRY_COMPARE(answers.size(), 1);
        QCOMPARE(answers.constFirst().status, 202);
        QVERIFY(!sender.isSending());
        QTest::qWait(50);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(peer.requests().size(), 1);
        // Free again once answered.
        QCOMPARE(sender.sendAndWait(peer.url(), sampleHeaders, sampleBody).status, 202);
    }

    void aSilentPeerIsGivenUpAfterTheTimeout()
    {
        LoopbackPeer peer(LoopbackPeer::Behaviour::Silent);
        HttpSender sender;
        sender.setTimeout(300);
        QCOMPARE(sender.timeout(), 300);
        const SendAnswer answer = sender.sendAndWait(peer.url(), sampleHeaders, sampleBody);
        QVERIFY(!answer.answered());
        QCOMPARE(answer.error, QStringLiteral("no answer from 127.0.0.1:%1 within 0.3 s: is the "
                                              "catcher stuck or behind a firewall?")
                                   .arg(peer.port()));
        QVERIFY2(answer.elapsedMs >= 250 && answer.elapsedMs < 10000,
                 qPrintable(QString::number(answer.elapsedMs)));
        QCOMPARE(peer.requests().size(), 1); // it did arrive; only the answer was missing
    }

    void aClosedPortSaysNothingListens()
    {
        QTcpServer probe; // a port that was free a moment ago, and nobody listens on now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        HttpSender sender;
        const SendAnswer answer =
            sender.sendAndWait(QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/abc").arg(port)),
                               sampleHeaders, sampleBody);
        QVERIFY(!answer.answered());
        QCOMPARE(answer.error,
                 QStringLiteral("nothing is listening on 127.0.0.1:%1: is the catcher running?")
                     .arg(port));
    }

    void aHangUpIsSaid()
    {
        LoopbackPeer peer(LoopbackPeer::Behaviour::HangUp);
        HttpSender sender;
        const SendAnswer answer = sender.sendAndWait(peer.url(), sampleHeaders, sampleBody);
        QVERIFY(!answer.answered());
        QCOMPARE(answer.error, QStringLiteral("127.0.0.1:%1 closed the connection without "
                                              "answering: is it an HTTP catcher?")
                                   .arg(peer.port()));
    }

    void aNonHttpUrlIsSaid()
    {
        HttpSender sender;
        const SendAnswer answer =
            sender.sendAndWait(QUrl(QStringLiteral("ftp://127.0.0.1/x")), {}, {});
        QVERIFY(!answer.answered());
        QCOMPARE(answer.error,
                 QStringLiteral("ftp://127.0.0.1/x is not an http:// or https:// URL"));
    }

    // A catcher with a self-signed test certificate: refused while certificates are verified,
    // reached once verification is off, with what was overlooked listed.
    void aSelfSignedCertificateNeedsVerificationOff()
    {
        const SelfSignedCertificate certificate;
        QVERIFY(certificate.isMade());
        QFile certificateFile(certificate.certificateFile()), keyFile(certificate.keyFile());
        QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(configuration);
        LoopbackPeer peer(LoopbackPeer::Behaviour::Answer, httpReply("202 Accepted", "{}"),
                          std::move(server));
        QVERIFY(peer.isListening());
        const QUrl url = peer.url(QStringLiteral("https"));

        HttpSender sender;
        QVERIFY(sender.verifiesCertificates());
        const SendAnswer refused = sender.sendAndWait(url, sampleHeaders, sampleBody);
        QVERIFY(!refused.answered());
        QVERIFY2(
            refused.error.startsWith(
                QStringLiteral("the TLS handshake with 127.0.0.1:%1 failed (").arg(peer.port())),
            qPrintable(refused.error));
        // No switch named: none promised (the command line has none).
        QVERIFY2(refused.error.endsWith(QStringLiteral("check the certificate, or use http://")),
                 qPrintable(refused.error));

        sender.setVerificationSwitch(QStringLiteral("untick \"Verify certificate\""));
        const SendAnswer named = sender.sendAndWait(url, sampleHeaders, sampleBody);
        QVERIFY2(named.error.endsWith(QStringLiteral("check the certificate, untick \"Verify "
                                                     "certificate\" for a self-signed test one, "
                                                     "or use http://")),
                 qPrintable(named.error));
        QCOMPARE(peer.requests().size(), 0);

        sender.setVerifyCertificates(false);
        QVERIFY(!sender.verifiesCertificates());
        const SendAnswer accepted = sender.sendAndWait(url, sampleHeaders, sampleBody);
        QVERIFY2(accepted.answered(), qPrintable(accepted.error));
        QCOMPARE(accepted.status, 202);
        QVERIFY(!accepted.overlookedCertificateErrors.isEmpty());
        QVERIFY2(accepted.overlookedCertificateErrors.join(QLatin1Char(' '))
                     .contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(accepted.overlookedCertificateErrors.join(QLatin1Char(' '))));
        QCOMPARE(peer.requests().size(), 1);
    }

    // A page closed mid-send: the request is dropped and nobody is told.
    void destroyedWhileSendingTellsNobody()
    {
        LoopbackPeer peer(LoopbackPeer::Behaviour::Silent);
        int finished = 0;
        {
            HttpSender sender;
            connect(&sender, &HttpSender::finished, this, [&finished] { ++finished; });
            QVERIFY(sender.send(peer.url(), sampleHeaders, sampleBody));
            QTRY_COMPARE(peer.requests().size(), 1);
        }
        QTest::qWait(50);
        QCOMPARE(finished, 0);
    }

    void failureWords_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("words");
        const QUrl local(QStringLiteral("http://127.0.0.1:8080/hooks/abc"));
        QTest::newRow("refused") << local << int(QNetworkReply::ConnectionRefusedError) << 30000
                                 << "nothing is listening on 127.0.0.1:8080: is the catcher "
                                    "running?";
        QTest::newRow("default https port")
            << QUrl(QStringLiteral("https://hooks.example.com/x"))
            << int(QNetworkReply::ConnectionRefusedError) << 30000
            << "nothing is listening on hooks.example.com:443: is the catcher running?";
        QTest::newRow("unknown host") << QUrl(QStringLiteral("http://nowhere.invalid/x"))
                                      << int(QNetworkReply::HostNotFoundError) << 30000
                                      << "the host nowhere.invalid cannot be found: check the URL";
        QTest::newRow("timeout in whole seconds")
            << local << int(QNetworkReply::OperationCanceledError) << 30000
            << "no answer from 127.0.0.1:8080 within 30 s: is the catcher stuck or behind a "
               "firewall?";
        QTest::newRow("other") << local << int(QNetworkReply::NetworkSessionFailedError) << 30000
                               << "cannot reach 127.0.0.1:8080: detail";
    }

    void failureWords()
    {
        QFETCH(QUrl, url);
        QFETCH(int, error);
        QFETCH(int, timeoutMs);
        QFETCH(QString, words);
        QCOMPARE(HttpSender::describeFailure(url, error, QStringLiteral("detail"), timeoutMs),
                 words);
    }
};

QTEST_GUILESS_MAIN(TestHttpSender)
#include "test_httpsender.moc"
