// A tester's batch against a real catcher on loopback: every row arrives keyed, encrypted and
// signed (so the catcher accepts it), the summary counts exactly what the catcher stored, also
// when the batch is cancelled midway, and a wrong key or a dead port is counted and said.
#include "catcherfixture.h"

#include "delivery/batchsender.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using hb::delivery::BatchJob;
using hb::delivery::BatchRows;
using hb::delivery::BatchSender;
using hb::delivery::BatchSummary;
using hb::delivery::BodyTemplate;

namespace {

BatchRows bonusRows(int count)
{
    QByteArray csv = "email,bonus\n";
    for (int i = 0; i < count; ++i)
        csv += "alice@example.com," + QByteArray::number(i % 3 + 1) + '\n';
    return *BatchRows::parse(csv, BatchRows::Format::Csv);
}

BodyTemplate bonusTemplate()
{
    return *BodyTemplate::parse("{\"email\": \"{{email}}\", \"bonus\": {{bonus}}}");
}

// Runs the batch to its end; `onProgress` may act on each progress (cancel it).
BatchSummary runBatch(BatchSender &sender, const BatchJob &job,
                      const std::function<void(int, int)> &onProgress = {})
{
    QSignalSpy finished(&sender, &BatchSender::finished);
    QMetaObject::Connection connection;
    if (onProgress)
        connection = QObject::connect(&sender, &BatchSender::progress, onProgress);
    if (!sender.start(job))
        return {};
    finished.wait(120000);
    QObject::disconnect(connection);
    return finished.isEmpty() ? BatchSummary{} : finished.first().first().value<BatchSummary>();
}

} // namespace

class TestBatchSender : public QObject, public CatcherFixture {
    Q_OBJECT

    hb::mapping::Webhook m_locked;

    BatchJob lockedJob(int rows, int concurrency)
    {
        BatchJob job;
        job.url = QUrl(base().toString() + QString::fromUtf8(m_targets.value(m_locked.name)));
        job.webhook = m_locked;
        job.bodyTemplate = bonusTemplate();
        job.rows = bonusRows(rows);
        job.concurrency = concurrency;
        job.timeoutMs = 20000;
        return job;
    }

private slots:
    void initTestCase()
    {
        startCatcher();
        // Key, GCM encryption and a signature: a row the sender builds wrongly is refused (401)
        // or recorded Failed (not decrypted).
        m_locked.name = QStringLiteral("locked");
        m_locked.apiKey = QStringLiteral("k3y-locked-0123456789abcdef0123456789");
        m_locked.encryption = hb::mapping::Encryption{hb::mapping::EncryptionMode::Gcm,
                                                      QString::fromLatin1(encryptionKey)};
        m_locked.signingSecret = signingSecret;
        addWebhook(m_locked);
        m_service->webhooksChanged();
    }

    void cleanupTestCase() { stopCatcher(); }

    void thousandRowsAllAcceptedAndStored()
    {
        const qint64 before = deliveryCount();
        BatchSender sender;
        QList<int> progress;
        const BatchSummary summary =
            runBatch(sender, lockedJob(1000, 8), [&progress](int done, int) { progress << done; });
        QCOMPARE(summary.total, 1000);
        QCOMPARE(summary.sent, 1000);
        QCOMPARE(summary.errors, 0);
        QCOMPARE(summary.byStatus, (QMap<int, int>{{202, 1000}}));
        QVERIFY(!summary.cancelled);
        QVERIFY(summary.p50Ms <= summary.p95Ms);
        QCOMPARE(deliveryCount() - before, 1000);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 1000);
        QVERIFY2(progress.size() < 200, "progress is throttled, not one signal per row");
        QVERIFY(!sender.isRunning());

        // Each delivery id is the catcher's own, and the body decrypts: the first one applies
        // (the first, not the last: under a sanitizer the processor takes longer than the wait
        // to apply a thousand deliveries to one user, in order).
        QCOMPARE(summary.results.size(), 1000);
        QVERIFY(summary.results.last().deliveryId > 0);
        const qint64 firstId = summary.results.first().deliveryId;
        QVERIFY(firstId > 0);
        QCOMPARE(waitProcessed(firstId).status, hb::DeliveryStatus::Success);
    }

    void cancelledMidwayCountsExactlyWhatWasStored()
    {
        // The thousand deliveries above are applied one by one to one user: under a sanitizer
        // on two cores that takes most of a minute.
        waitNothingPending(180000);
        const qint64 before = deliveryCount();
        BatchSender sender;
        const BatchSummary summary = runBatch(sender, lockedJob(1000, 4), [&sender](int done, int) {
            if (done >= 200)
                sender.cancel();
        });
        QVERIFY2(summary.cancelled, summary.toJsonText().constData());
        QVERIFY2(summary.sent >= 200 && summary.sent < 1000,
                 qPrintable(QString::number(summary.sent)));
        QCOMPARE(summary.errors, 0);
        QCOMPARE(summary.results.size(), summary.sent);
        QCOMPARE(deliveryCount() - before, summary.byStatus.value(202));
        QCOMPARE(summary.byStatus.value(202), summary.sent);
    }

    void wrongKeyEditIsRefusedForEveryRow()
    {
        BatchJob job = lockedJob(50, 8);
        job.headerEdits = {hb::delivery::HeaderEdit("x-api-key", "wrong")};
        const qint64 before = deliveryCount();
        BatchSender sender;
        const BatchSummary summary = runBatch(sender, job);
        QCOMPARE(summary.byStatus, (QMap<int, int>{{401, 50}}));
        QCOMPARE(summary.sent, 50);
        QCOMPARE(summary.errors, 0);
        QCOMPARE(deliveryCount(), before);
    }

    void deadPortCountsEveryRowAsAnError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        BatchJob job = lockedJob(20, 4);
        job.url = QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/x").arg(port));
        BatchSender sender;
        const BatchSummary summary = runBatch(sender, job);
        QCOMPARE(summary.errors, 20);
        QCOMPARE(summary.sent, 20);
        QVERIFY(summary.byStatus.isEmpty());
        QVERIFY2(summary.results.first().error.contains(QLatin1String("nothing is listening")),
                 qPrintable(summary.results.first().error));
    }

    void rowWithoutAValueIsNotSent()
    {
        BatchJob job = lockedJob(1, 2);
        job.rows = *BatchRows::parse("{\"email\":\"alice@example.com\",\"bonus\":1}\n"
                                     "{\"email\":\"alice@example.com\"}\n"
                                     "{\"email\":\"alice@example.com\",\"bonus\":2}\n",
                                     BatchRows::Format::JsonLines);
        BatchSender sender;
        const BatchSummary summary = runBatch(sender, job);
        QCOMPARE(summary.sent, 2);
        QCOMPARE(summary.errors, 1);
        QCOMPARE(summary.byStatus, (QMap<int, int>{{202, 2}}));
        QCOMPARE(summary.results.at(1).line, 2);
        QVERIFY(summary.results.at(1).error.contains(QLatin1String("{{bonus}}")));
    }

    void rateSpreadsTheStarts()
    {
        BatchJob job = lockedJob(10, 8);
        job.ratePerSecond = 40; // 10 rows: the last may start at 225 ms
        BatchSender sender;
        const BatchSummary summary = runBatch(sender, job);
        QCOMPARE(summary.byStatus.value(202), 10);
        QVERIFY2(summary.elapsedMs >= 200, qPrintable(QString::number(summary.elapsedMs)));
    }

    void startWhileRunningIsRefused()
    {
        BatchSender sender;
        QSignalSpy finished(&sender, &BatchSender::finished);
        QVERIFY(sender.start(lockedJob(5, 2)));
        QVERIFY(sender.isRunning());
        QVERIFY(!sender.start(lockedJob(5, 2)));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<BatchSummary>().sent, 5);
    }
};

QTEST_GUILESS_MAIN(TestBatchSender)
#include "test_batchsender.moc"
