// `hookbench send` against a real `hookbench serve` on loopback: the sample carries the webhook's
// API key, encryption and signature, so the catcher accepts it and the delivery succeeds.
#include "hookbenchprocess.h"
#include "servedstore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
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

    ServedStore m_served;

    Run run(const QStringList &arguments) const { return m_served.run(arguments); }

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
        QString error;
        QVERIFY2(m_served.start(
                     {QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                  QStringLiteral("--email"), QStringLiteral("alice@example.com"),
                                  QStringLiteral("--username"), QStringLiteral("alice")},
                      QStringList{QStringLiteral("webhook"), QStringLiteral("import"),
                                  dataFile(QStringLiteral("locked.json"))},
                      QStringList{QStringLiteral("webhook"), QStringLiteral("import"),
                                  dataFile(QStringLiteral("cbc.json"))}},
                     QStringList(), &error),
                 qPrintable(error));
    }

    void keyedEncryptedSignedSampleIsAcceptedAndApplied()
    {
        const Run sent =
            run({QStringLiteral("send"), QStringLiteral("--webhook"), QStringLiteral("Locked"),
                 QStringLiteral("--data"), dataFile(QStringLiteral("xp.json")),
                 QStringLiteral("--url"), m_served.url(), QStringLiteral("--json")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QCOMPARE(sent.object().value(QStringLiteral("status")).toInt(), 202);
        const qint64 id = sent.object()
                              .value(QStringLiteral("response"))
                              .toObject()
                              .value(QStringLiteral("delivery_id"))
                              .toInteger();
        QVERIFY(id > 0);
        const QJsonObject delivery = processed(id);
        QCOMPARE(delivery.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        // What arrived was the ciphertext, marked as such, with the key and a signature.
        const QJsonObject headers = delivery.value(QStringLiteral("request"))
                                        .toObject()
                                        .value(QStringLiteral("headers"))
                                        .toObject();
        QCOMPARE(headers.value(QStringLiteral("x-encrypted")).toString(), QStringLiteral("true"));
        QVERIFY(headers.value(QStringLiteral("x-api-key"))
                    .toString()
                    .startsWith(QLatin1String("key-")));
        QVERIFY(headers.value(QStringLiteral("webhook-signature"))
                    .toString()
                    .startsWith(QLatin1String("v1,")));
        QVERIFY(!delivery.value(QStringLiteral("request"))
                     .toObject()
                     .value(QStringLiteral("body"))
                     .toString()
                     .contains(QStringLiteral("alice")));

        const QJsonObject alice = run({QStringLiteral("user"), QStringLiteral("show"),
                                       QStringLiteral("alice"), QStringLiteral("--json")})
                                      .object();
        QCOMPARE(alice.value(QStringLiteral("xp")).toInt(), 5);
    }

    void cbcSampleWithAWebhookUrl()
    {
        const Run sent =
            run({QStringLiteral("send"), QStringLiteral("--webhook"), QStringLiteral("Cbc"),
                 QStringLiteral("--data"), dataFile(QStringLiteral("coins.json")),
                 QStringLiteral("--url"), m_served.url(), QStringLiteral("--json")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        const qint64 id = sent.object()
                              .value(QStringLiteral("response"))
                              .toObject()
                              .value(QStringLiteral("delivery_id"))
                              .toInteger();
        QCOMPARE(processed(id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("success"));
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("show"),
                      QStringLiteral("alice@example.com"), QStringLiteral("--json")})
                     .object()
                     .value(QStringLiteral("coins"))
                     .toInt(),
                 2);
    }

    void errorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown webhook")
            << QStringList{QStringLiteral("send"), QStringLiteral("--webhook"),
                           QStringLiteral("Nope"), QStringLiteral("--data"),
                           dataFile(QStringLiteral("xp.json"))}
            << "no webhook named \"Nope\"";
        QTest::newRow("no sample and no data")
            << QStringList{QStringLiteral("send"), QStringLiteral("--webhook"),
                           QStringLiteral("Cbc")}
            << "nothing to send";
        QTest::newRow("missing data file")
            << QStringList{QStringLiteral("send"), QStringLiteral("--webhook"),
                           QStringLiteral("Cbc"), QStringLiteral("--data"),
                           QStringLiteral("/no/such/file.json")}
            << "cannot read /no/such/file.json";
        QTest::newRow("nobody listening")
            << QStringList{QStringLiteral("send"),
                           QStringLiteral("--webhook"),
                           QStringLiteral("Cbc"),
                           QStringLiteral("--data"),
                           dataFile(QStringLiteral("xp.json")),
                           QStringLiteral("--url"),
                           QStringLiteral("http://127.0.0.1:1")}
            << "nothing is listening on 127.0.0.1:1: is the catcher running?";
        QTest::newRow("not http") << QStringList{QStringLiteral("send"),
                                                 QStringLiteral("--webhook"),
                                                 QStringLiteral("Cbc"),
                                                 QStringLiteral("--data"),
                                                 dataFile(QStringLiteral("xp.json")),
                                                 QStringLiteral("--url"),
                                                 QStringLiteral("ftp://x")}
                                  << "--url must be an http:// or https:// URL";
        QTest::newRow("no webhook option")
            << QStringList{QStringLiteral("send")} << "usage: send --webhook NAME";
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
        const Run sent =
            run({QStringLiteral("send"), QStringLiteral("--webhook"), QStringLiteral("Cbc"),
                 QStringLiteral("--data"), dataFile(QStringLiteral("xp.json")),
                 QStringLiteral("--url"), m_served.url() + QStringLiteral("/hooks/not-a-token")});
        QVERIFY(sent.exitCode != 0);
        QVERIFY2(sent.err.contains(QLatin1String("answered 404")), qPrintable(sent.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSend)
#include "test_cli_send.moc"
