// `hookbench serve` as a process (HOOKBENCH_BIN): its output, its errors, and the promise of a
// 202 across kill -9 and SIGTERM.
#include "catcherclient.h"
#include "hookbenchprocess.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "storeseed.h"
#include "tempstore.h"

#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTest>

#include <memory>

#include <csignal>

using namespace hb;

namespace {

// Drives many keep-alive connections at once, each sending pipelined batches, and records the
// id of every 202 that arrived.
class Load : public QObject {
public:
    Load(const QUrl &base, const QByteArray &request, int connections, int batch)
        : m_request(request)
        , m_batch(batch)
    {
        for (int i = 0; i < connections; ++i) {
            auto *socket = new QTcpSocket(this);
            // Owned by the connections below: freed with them, whichever goes first (a
            // socket's destroyed() no longer reaches this object once it is being destroyed).
            auto buffer = std::make_shared<QByteArray>();
            auto outstanding = std::make_shared<int>(0);
            connect(socket, &QTcpSocket::connected, this,
                    [this, socket, outstanding] { sendBatch(socket, outstanding.get()); });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, outstanding] {
                *buffer += socket->readAll();
                while (auto response = CatcherClient::takeResponse(*buffer)) {
                    --*outstanding;
                    if (response->status == 202)
                        acknowledged.insert(
                            response->json().value(QStringLiteral("delivery_id")).toInteger());
                    else
                        ++others;
                }
                if (*outstanding == 0 && m_running)
                    sendBatch(socket, outstanding.get());
            });
            socket->connectToHost(base.host(), quint16(base.port()));
        }
    }
    void stopSending() { m_running = false; }

    QSet<qint64> acknowledged;
    int others = 0;

private:
    void sendBatch(QTcpSocket *socket, int *outstanding)
    {
        QByteArray wire;
        for (int i = 0; i < m_batch; ++i)
            wire += m_request;
        *outstanding += m_batch;
        socket->write(wire);
    }

    QByteArray m_request;
    int m_batch;
    bool m_running = true;
};

} // namespace

class TestServe : public QObject {
    Q_OBJECT

private:
    TempStore m_store;
    HookbenchProcess m_hookbench{m_store.path()};
    QByteArray m_target;

    // Runs a command that must fail; returns its stderr.
    QString failing(const QStringList &arguments)
    {
        const HookbenchRun result = m_hookbench.run(arguments, {}, 30000);
        // The checks sit in a lambda because QVERIFY returns, and this function returns a value.
        [&] {
            QVERIFY2(result.ran, qPrintable(result.err));
            QVERIFY2(result.exitCode != 0, qPrintable(arguments.join(QLatin1Char(' '))));
        }();
        return result.err;
    }

    // Starts serve again after the first one stopped: every id it acknowledged is stored and
    // ends processed, and the second serve stops cleanly.
    void verifyAcknowledgedAfterRestart(const QSet<qint64> &acknowledged)
    {
        QProcess again;
        QString error;
        QVERIFY2(m_hookbench.startServe(again, {}, &error).isValid(), qPrintable(error));
        verifyAcknowledged(acknowledged);
        again.terminate();
        QVERIFY(again.waitForFinished(30000));
        QCOMPARE(again.exitCode(), 0);
    }

    // Every acknowledged id is stored and, with serve running again, ends processed.
    void verifyAcknowledged(const QSet<qint64> &acknowledged)
    {
        store::Database db(m_store.path());
        QVERIFY(db.open().ok());
        store::DeliveryRepository deliveries(db);
        for (qint64 id : acknowledged) {
            hb::DeliveryStatus status = hb::DeliveryStatus::Pending;
            for (int i = 0; i < 600; ++i) {
                auto found = deliveries.find(id);
                QVERIFY2(found.ok(), qPrintable(found.error()));
                QVERIFY2(found->has_value(), qPrintable(QStringLiteral("acknowledged delivery %1 "
                                                                       "was lost")
                                                            .arg(id)));
                status = (*found)->status;
                if (status != hb::DeliveryStatus::Pending)
                    break;
                QTest::qWait(50);
            }
            QCOMPARE(status, hb::DeliveryStatus::Success);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!HookbenchProcess::binary().isEmpty(), "HOOKBENCH_BIN is not set");
        store::Database db(m_store.path());
        QVERIFY(db.open().ok());
        StoreSeed::addUser(db, QStringLiteral("load@example.com"), QStringLiteral("load"));
        mapping::Webhook webhook;
        webhook.name = QStringLiteral("load");
        webhook.user = {mapping::Identifier::Email, QStringLiteral("/email")};
        webhook.currencies = {
            {mapping::Currency::Xp, mapping::Operator::Add, QStringLiteral("/xp")}};
        m_target = StoreSeed::addWebhook(db, webhook);
    }

    void printsListeningLine()
    {
        QProcess serve;
        QString error;
        const QUrl url = m_hookbench.startServe(serve, {}, &error);
        QVERIFY2(url.isValid() && url.port() > 0, qPrintable(error));
        CatcherClient client(url);
        const auto response = client.request(CatcherClient::get("/healthz"));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("not host:port")
            << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                           QStringLiteral("localhost-ish:80:80")}
            << "hookbench: invalid --listen";
        QTest::newRow("not an address")
            << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                           QStringLiteral("999.1.1.1:8080")}
            << "is not an IP address";
        QTest::newRow("port too large")
            << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:70000")}
            << "port";
        QTest::newRow("no certificate")
            << QStringList{QStringLiteral("serve"),
                           QStringLiteral("--tls-cert"),
                           QStringLiteral("/nonexistent/cert.pem"),
                           QStringLiteral("--tls-key"),
                           QStringLiteral("/nonexistent/key.pem"),
                           QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0")}
            << "hookbench: cannot read the TLS certificate /nonexistent/cert.pem";
        QTest::newRow("certificate without key")
            << QStringList{QStringLiteral("serve"), QStringLiteral("--tls-cert"),
                           QStringLiteral("/nonexistent/cert.pem")}
            << "--tls-cert and --tls-key go together";
    }

    // One line on stderr that says what is wrong.
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString error = failing(arguments);
        QVERIFY2(error.startsWith(QLatin1String("hookbench: ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(error.count(QLatin1Char('\n')), 1);
    }

    void takenPort()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        const QString error = failing({QStringLiteral("serve"), QStringLiteral("--listen"),
                                       QStringLiteral("127.0.0.1:%1").arg(occupier.serverPort())});
        QCOMPARE(error, QStringLiteral("hookbench: 127.0.0.1:%1 is already in use\n")
                            .arg(occupier.serverPort()));
    }

    // While it runs, serve says on stderr what needs someone: each refused request and each
    // delivery that ended Failed, with the reason (ServeActivityLog; its limits in its own test).
    void tellsWhatNeedsAttention()
    {
        QProcess serve;
        QString error;
        const QUrl url = m_hookbench.startServe(serve, {}, &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        CatcherClient client(url);
        const auto refused = client.request(CatcherClient::post("/hooks/no-such-token", "{}"));
        QVERIFY(refused);
        QCOMPARE(refused->status, 404);
        const auto accepted =
            client.request(CatcherClient::post(m_target, R"({"mail":"load@example.com"})"));
        QVERIFY(accepted);
        QCOMPARE(accepted->status, 202);
        const qint64 id = accepted->json().value(QStringLiteral("delivery_id")).toInteger();

        const QString failed =
            QStringLiteral(" failed: delivery %1 (webhook \"load\"): path /email not found in "
                           "payload\n")
                .arg(id);
        const QLatin1String refusedLine(" refused: 404 POST /hooks/no-such-token from "
                                        "127.0.0.1: no webhook with this token\n");
        // Two threads tell these (the writer logs the refusal, the processor the failure): either
        // line may come first.
        QString said;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (said += QString::fromUtf8(serve.readAllStandardError())).contains(failed)
                && said.contains(refusedLine),
            qPrintable(said), 20000);
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitCode(), 0);
        QVERIFY2(serve.readAllStandardOutput().startsWith("stopped: "), "no last line");
    }

    // The promise of a 202 across both ways serve stops under load: killed mid-stream, with
    // batches in flight, and asked to stop by SIGTERM, when it finishes what is in flight.
    void stoppingLosesNothingAcknowledged_data()
    {
        QTest::addColumn<bool>("kill");
        QTest::addColumn<int>("connections");
        QTest::addColumn<int>("acknowledgedBeforeStop");
        QTest::newRow("kill -9") << true << 16 << 400;
        QTest::newRow("SIGTERM") << false << 8 << 200;
    }
    void stoppingLosesNothingAcknowledged()
    {
        QFETCH(bool, kill);
        QFETCH(int, connections);
        QFETCH(int, acknowledgedBeforeStop);
        QProcess serve;
        QString error;
        const QUrl url = m_hookbench.startServe(serve, {}, &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        Load load(url, CatcherClient::post(m_target, R"({"email":"load@example.com","xp":1})"),
                  connections, 8);
        QTRY_VERIFY_WITH_TIMEOUT(load.acknowledged.size() >= acknowledgedBeforeStop, 60000);
        if (kill) {
            ::kill(pid_t(serve.processId()), SIGKILL);
            QVERIFY(serve.waitForFinished(10000));
            QCOMPARE(serve.exitStatus(), QProcess::CrashExit);
        } else {
            serve.terminate();
            QTRY_VERIFY_WITH_TIMEOUT(serve.state() == QProcess::NotRunning, 30000);
            QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
            QCOMPARE(serve.exitCode(), 0);
        }
        load.stopSending();
        QTest::qWait(200); // answers already on the wire count as acknowledged too
        const QSet<qint64> acknowledged = load.acknowledged;
        if (kill)
            QCOMPARE(load.others, 0);

        verifyAcknowledgedAfterRestart(acknowledged);
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "test_serve.moc"
