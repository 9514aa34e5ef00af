// `hookbench send --batch` against a real `hookbench serve` on loopback, as a tester runs it from
// a script: the summary JSON on stdout, progress on stderr, exit 0 only when every row was
// accepted; a mistake in the files or options is said before anything is sent (exit 2).
#include "hookbenchprocess.h"
#include "servedstore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

namespace {

using Run = HookbenchRun;

QString dataFile(const QString &name)
{
    return QDir(qEnvironmentVariable("HOOKBENCH_TEST_DATA"))
        .filePath(QStringLiteral("send/") + name);
}

constexpr int playerRows = 13; // tests/data/send/players.csv

} // namespace

class TestCliSendBatch : public QObject {
    Q_OBJECT

    ServedStore m_served;

    Run run(const QStringList &arguments) const { return m_served.run(arguments, 120000); }

    Run sendBatch(const QStringList &extra) const
    {
        return run(QStringList{QStringLiteral("send"), QStringLiteral("--webhook"),
                               QStringLiteral("Locked"), QStringLiteral("--batch"),
                               dataFile(QStringLiteral("players.csv"))}
                   + extra);
    }

    qsizetype deliveries() const
    {
        const Run listed =
            run({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("--limit"),
                 QStringLiteral("1000"), QStringLiteral("--json")});
        return listed.ran && listed.exitCode == 0 ? listed.array().size() : -1;
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
                                  dataFile(QStringLiteral("locked.json"))}},
                     QStringList(), &error),
                 qPrintable(error));
    }

    void everyRowAcceptedPrintsTheSummary()
    {
        const qsizetype before = deliveries();
        const Run sent = sendBatch({QStringLiteral("--template"),
                                    dataFile(QStringLiteral("batch-template.json")),
                                    QStringLiteral("--concurrency"), QStringLiteral("4"),
                                    QStringLiteral("--url"), m_served.url()});
        verifySucceeded(sent, QStringLiteral("send --batch"));
        // One line of JSON, SPEC's keys first, in SPEC's order.
        QVERIFY2(sent.out.startsWith("{\"sent\":13,\"by_status\":{\"202\":13},\"errors\":0,"
                                     "\"p50_ms\":"),
                 sent.out.constData());
        QCOMPARE(sent.out.count('\n'), 1);
        const QJsonObject summary = sent.object();
        QVERIFY(summary.value(QStringLiteral("p50_ms")).toInteger()
                <= summary.value(QStringLiteral("p95_ms")).toInteger());
        QVERIFY2(sent.err.contains(QStringLiteral("sent 13 / 13")), qPrintable(sent.err));
        QCOMPARE(deliveries() - before, playerRows);
    }

    void unknownColumnSendsNothing()
    {
        const qsizetype before = deliveries();
        const Run sent = sendBatch({QStringLiteral("--template"),
                                    dataFile(QStringLiteral("batch-template-typo.json")),
                                    QStringLiteral("--url"), m_served.url()});
        QVERIFY(sent.ran);
        QCOMPARE(sent.exitCode, 2);
        QCOMPARE(sent.err, QStringLiteral("hookbench: the template uses {{level}}, which the file "
                                          "does not have (columns: user, xp)\n"));
        QCOMPARE(sent.out, QByteArray());
        QCOMPARE(deliveries(), before);
    }

    void usageErrorsExitTwo()
    {
        const Run noTemplate = sendBatch({QStringLiteral("--url"), m_served.url()});
        QCOMPARE(noTemplate.exitCode, 2);
        QVERIFY(noTemplate.err.startsWith(QLatin1String("hookbench: usage: send --webhook NAME "
                                                        "--batch")));
        const Run tooMany = sendBatch({QStringLiteral("--template"),
                                       dataFile(QStringLiteral("batch-template.json")),
                                       QStringLiteral("--concurrency"), QStringLiteral("257")});
        QCOMPARE(tooMany.exitCode, 2);
        QCOMPARE(tooMany.err, QStringLiteral("hookbench: --concurrency takes a whole number from 1 "
                                             "to 256\n"));
        const Run missingFile =
            run({QStringLiteral("send"), QStringLiteral("--webhook"), QStringLiteral("Locked"),
                 QStringLiteral("--batch"), dataFile(QStringLiteral("nope.csv")),
                 QStringLiteral("--template"), dataFile(QStringLiteral("batch-template.json"))});
        QCOMPARE(missingFile.exitCode, 2);
        QVERIFY2(missingFile.err.startsWith(QLatin1String("hookbench: cannot read ")),
                 qPrintable(missingFile.err));
    }

    void noCatcherStillPrintsTheSummary()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const Run sent = sendBatch({QStringLiteral("--template"),
                                    dataFile(QStringLiteral("batch-template.json")),
                                    QStringLiteral("--url"), dead});
        QVERIFY(sent.ran);
        QCOMPARE(sent.exitCode, 1);
        QCOMPARE(sent.object().value(QStringLiteral("errors")).toInt(), playerRows);
        QVERIFY2(sent.err.endsWith(QStringLiteral("hookbench: 13 of 13 requests were not accepted "
                                                  "(no answer: 13)\n")),
                 qPrintable(sent.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSendBatch)
#include "test_cli_sendbatch.moc"
