// `hookbench send` against a real `hookbench serve` on loopback: the sample carries the webhook's
// API key, encryption and signature, so the catcher accepts it and the delivery succeeds.
#include "hookbenchprocess.h"
#include "tempstore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

using Run = HookbenchRun;

QString dataFile(const QString &name)
{
    return QDir(qEnvironmentVariable("HOOKBENCH_TEST_DATA"))
        .filePath(QStringLiteral("send/") + name);
}

} // namespace

class TestCliSend : public QObject {
    Q_OBJECT

    TempStore m_store;
    QProcess m_serve;
    QString m_url;

    Run run(const QStringList &arguments) const
    {
        return HookbenchProcess(m_store.path()).run(arguments);
    }

    // Waits until the processor inside serve has finished the delivery; returns it.
    QJsonObject processed(qint64 id)
    {
        QJsonObject delivery;
        for (int i = 0; i < 100; ++i) {
            delivery = run({QStringLiteral("delivery"), QStringLiteral("show"), QString::number(id),
                            QStringLiteral("--json")})
                           .object();
            if (delivery.value(QLatin1String("status")).toString() != QLatin1String("pending"))
                break;
            QTest::qWait(100);
        }
        return delivery;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.isValid());
        for (const QStringList &arguments :
             {QStringList{"user", "add", "--email", "alice@example.com", "--username", "alice"},
              QStringList{"webhook", "import", dataFile("locked.json")},
              QStringList{"webhook", "import", dataFile("cbc.json")}})
            verifySucceeded(run(arguments), arguments.join(QLatin1Char(' ')));
        if (QTest::currentTestFailed())
            return;
        QString error;
        const QUrl url = HookbenchProcess(m_store.path()).startServe(m_serve, {}, &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        m_url = url.toString();
    }

    void cleanupTestCase()
    {
        m_serve.terminate();
        m_serve.waitForFinished(20000);
    }

    void keyedEncryptedSignedSampleIsAcceptedAndApplied()
    {
        const Run sent = run({"send", "--webhook", "Locked", "--data", dataFile("xp.json"), "--url",
                              m_url, "--json"});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QCOMPARE(sent.object().value("status").toInt(), 202);
        const qint64 id =
            sent.object().value("response").toObject().value("delivery_id").toInteger();
        QVERIFY(id > 0);
        const QJsonObject delivery = processed(id);
        QCOMPARE(delivery.value("status").toString(), QStringLiteral("success"));
        // What arrived was the ciphertext, marked as such, with the key and a signature.
        const QJsonObject headers =
            delivery.value("request").toObject().value("headers").toObject();
        QCOMPARE(headers.value("x-encrypted").toString(), QStringLiteral("true"));
        QVERIFY(headers.value("x-api-key").toString().startsWith(QLatin1String("key-")));
        QVERIFY(headers.value("webhook-signature").toString().startsWith(QLatin1String("v1,")));
        QVERIFY(!delivery.value("request").toObject().value("body").toString().contains("alice"));

        const QJsonObject alice = run({"user", "show", "alice", "--json"}).object();
        QCOMPARE(alice.value("xp").toInt(), 5);
    }

    void cbcSampleWithAWebhookUrl()
    {
        const Run sent = run({"send", "--webhook", "Cbc", "--data", dataFile("coins.json"), "--url",
                              m_url, "--json"});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        const qint64 id =
            sent.object().value("response").toObject().value("delivery_id").toInteger();
        QCOMPARE(processed(id).value("status").toString(), QStringLiteral("success"));
        QCOMPARE(
            run({"user", "show", "alice@example.com", "--json"}).object().value("coins").toInt(),
            2);
    }

    void errorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown webhook")
            << QStringList{"send", "--webhook", "Nope", "--data", dataFile("xp.json")}
            << "no webhook named \"Nope\"";
        QTest::newRow("no sample and no data")
            << QStringList{"send", "--webhook", "Cbc"} << "nothing to send";
        QTest::newRow("missing data file")
            << QStringList{"send", "--webhook", "Cbc", "--data", "/no/such/file.json"}
            << "cannot read /no/such/file.json";
        QTest::newRow("nobody listening")
            << QStringList{"send",  "--webhook",         "Cbc", "--data", dataFile("xp.json"),
                           "--url", "http://127.0.0.1:1"}
            << "nothing is listening on 127.0.0.1:1: is the catcher running?";
        QTest::newRow("not http") << QStringList{"send",   "--webhook",         "Cbc",
                                                 "--data", dataFile("xp.json"), "--url",
                                                 "ftp://x"}
                                  << "--url must be an http:// or https:// URL";
        QTest::newRow("no webhook option") << QStringList{"send"} << "usage: send --webhook NAME";
    }

    void errorsAreOneLineAndNonZero()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.startsWith(QLatin1String("hookbench: ")), qPrintable(result.err));
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void aRefusedSampleIsAnError()
    {
        // The catcher refuses a sample to the wrong webhook URL: send says so and fails.
        const Run sent = run({"send", "--webhook", "Cbc", "--data", dataFile("xp.json"), "--url",
                              m_url + QStringLiteral("/hooks/not-a-token")});
        QVERIFY(sent.exitCode != 0);
        QVERIFY2(sent.err.contains(QLatin1String("answered 404")), qPrintable(sent.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSend)
#include "test_cli_send.moc"
