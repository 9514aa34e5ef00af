// What `serve` prints while it runs: one line per refused request and per Failed delivery, at
// most ServeActivityLog::linesPerWindow of each kind per window, the rest counted.
#include "cli/serveactivitylog.h"

#include <QTest>

using namespace hb;

namespace {

store::RejectedRequest refusal(int status, const QByteArray &target, const QString &reason,
                               const QString &webhook = {})
{
    store::RejectedRequest request;
    request.status = status;
    request.method = "POST";
    request.target = target;
    request.reason = reason;
    request.webhookName = webhook;
    request.remoteAddress = QStringLiteral("203.0.113.7");
    return request;
}

} // namespace

class TestServeActivityLog : public QObject {
    Q_OBJECT

    QString m_text;
    QTextStream m_out{&m_text};

    QStringList lines() const { return m_text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

private slots:
    void init() { m_text.clear(); }

    void refusedRequestSaysWhatWhoAndWhy()
    {
        cli::ServeActivityLog log(m_out);
        log.refused(refusal(401, "/hooks/abc", QStringLiteral("wrong x-api-key"),
                            QStringLiteral("Deposit")));
        log.refused(refusal(404, "/hooks/zzz", QStringLiteral("no webhook with this token")));
        QCOMPARE(lines().size(), 2);
        QVERIFY2(lines().at(0).endsWith(QLatin1String(
                     "refused: 401 POST /hooks/abc from 203.0.113.7 (webhook \"Deposit\"): "
                     "wrong x-api-key")),
                 qPrintable(lines().at(0)));
        QVERIFY2(lines().at(1).endsWith(
                     QLatin1String("refused: 404 POST /hooks/zzz from 203.0.113.7: no webhook "
                                   "with this token")),
                 qPrintable(lines().at(1)));
    }

    void failedDeliverySaysWhichAndWhy()
    {
        cli::ServeActivityLog log(m_out);
        log.failed(
            {{12, QStringLiteral("Quest"), QStringLiteral("path /email not found in payload")},
             {13, QStringLiteral("Quest"), QStringLiteral("no user with email \"a@b.c\"")}});
        QCOMPARE(lines().size(), 2);
        QVERIFY2(lines().at(0).endsWith(QLatin1String(
                     "failed: delivery 12 (webhook \"Quest\"): path /email not found in payload")),
                 qPrintable(lines().at(0)));
        QVERIFY(lines().at(1).endsWith(QLatin1String("no user with email \"a@b.c\"")));
    }

    // Each line starts with the time (UTC, like every stored time), so a log read later says
    // when.
    void linesCarryTheTime()
    {
        cli::ServeActivityLog log(m_out);
        log.refused(refusal(401, "/hooks/abc", QStringLiteral("wrong x-api-key")));
        const QString stamp = lines().at(0).section(QLatin1Char(' '), 0, 0);
        const QDateTime at = QDateTime::fromString(stamp, Qt::ISODate);
        QVERIFY2(at.isValid(), qPrintable(stamp));
        QCOMPARE(at.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    // Bytes from the network cannot forge a line of their own or reach the terminal as escapes.
    void controlCharactersCannotForgeLines()
    {
        cli::ServeActivityLog log(m_out);
        log.refused(refusal(404, "/hooks/a\nrefused: 200 OK\x1b[2J", QStringLiteral("x")));
        QCOMPARE(lines().size(), 1);
        QVERIFY2(!m_text.contains(QChar(0x1b)), qPrintable(m_text));
        QVERIFY(lines().at(0).contains(QLatin1String("/hooks/a?refused: 200 OK?[2J")));
    }

    void aFloodIsCountedNotPrinted()
    {
        cli::ServeActivityLog log(m_out, 300);
        for (int i = 0; i < 25; ++i)
            log.refused(refusal(401, "/hooks/abc", QStringLiteral("wrong x-api-key")));
        QList<delivery::FailedDelivery> failures;
        for (int i = 0; i < 14; ++i)
            failures.append({i + 1, QStringLiteral("Quest"), QStringLiteral("unsupported body")});
        log.failed(failures);
        QCOMPARE(lines().size(), 2 * cli::ServeActivityLog::linesPerWindow);
        // When the window ends, one line per kind counts the rest and names the command.
        QTRY_COMPARE(lines().size(), 2 * cli::ServeActivityLog::linesPerWindow + 2);
        QVERIFY2(m_text.contains(QLatin1String("refused: 15 more requests in the last 0.3 s "
                                               "(the newest: hookbench refused)")),
                 qPrintable(m_text));
        QVERIFY2(m_text.contains(QLatin1String("failed: 4 more deliveries in the last 0.3 s "
                                               "(hookbench delivery list --status failed)")),
                 qPrintable(m_text));
        // A new window prints again.
        log.refused(refusal(401, "/hooks/abc", QStringLiteral("wrong x-api-key")));
        QCOMPARE(lines().size(), 2 * cli::ServeActivityLog::linesPerWindow + 3);
        QVERIFY(lines().last().contains(QLatin1String("refused: 401")));
    }

    // Processing retries every few hundred ms while the store is full: the error is said once a
    // window, the repeats counted; another error is said at once.
    void aStalledProcessorIsSaidOnceAWindow()
    {
        cli::ServeActivityLog log(m_out, 300);
        for (int i = 0; i < 5; ++i)
            log.processingStalled(QStringLiteral("database or disk is full"));
        QCOMPARE(lines().size(), 1);
        QVERIFY2(lines().at(0).endsWith(QLatin1String(
                     " processing stopped: database or disk is full (the deliveries stay "
                     "Pending; tried again shortly)")),
                 qPrintable(lines().at(0)));
        log.processingStalled(QStringLiteral("database is locked"));
        QCOMPARE(lines().size(), 2);
        QTRY_COMPARE(lines().size(), 3);
        QVERIFY2(lines().last().endsWith(
                     QLatin1String(" processing stopped 4 more times in the last 0.3 s")),
                 qPrintable(lines().last()));
        // The next window says it again.
        log.processingStalled(QStringLiteral("database is locked"));
        QCOMPARE(lines().size(), 4);
    }

    // serve's stop does not wait for the window: what it held is counted before the last line.
    void flushCountsWhatTheWindowHeld()
    {
        cli::ServeActivityLog log(m_out, 60'000);
        for (int i = 0; i < cli::ServeActivityLog::linesPerWindow + 3; ++i)
            log.refused(refusal(404, "/hooks/zzz", QStringLiteral("no webhook with this token")));
        QCOMPARE(lines().size(), cli::ServeActivityLog::linesPerWindow);
        log.flush();
        QVERIFY2(lines().last().contains(QLatin1String("refused: 3 more requests")),
                 qPrintable(lines().last()));
        log.flush(); // nothing held any more: nothing printed
        QCOMPARE(lines().size(), cli::ServeActivityLog::linesPerWindow + 1);
    }
};

QTEST_GUILESS_MAIN(TestServeActivityLog)
#include "test_serveactivitylog.moc"
