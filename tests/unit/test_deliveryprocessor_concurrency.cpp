// Delivery processing beside other work: batches cut by the lock budget, two processors on one
// store (each delivery applied exactly once) and the worker thread that drains on wake and poll.
#include "processorfixture.h"

#include "delivery/processorworker.h"

#include <QFile>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

using namespace hb;

class TestDeliveryProcessorConcurrency : public ProcessorFixture {
    Q_OBJECT

public:
    using ProcessorFixture::ProcessorFixture;

private slots:
    // A batch cut short by its lock budget leaves the rest Pending for the next one: every
    // delivery is still applied once, in order.
    void lockBudgetSplitsBatchesWithoutLosingOrder()
    {
        const mapping::Webhook webhook = addWebhook(R"({"name": "Nick",
            "user": {"identifier": "username", "path": "/user"},
            "fields": [{"field": "nickname", "operator": "overwrite", "path": "/nick"}],
            "currencies": [{"currency": "xp", "operator": "add", "path": "/n"}]})");
        constexpr int count = 60;
        QList<qint64> ids;
        for (int i = 1; i <= count; ++i)
            ids << receive(
                webhook,
                QStringLiteral(R"({"user": "ann", "nick": "n%1", "n": 1})").arg(i).toUtf8());
        delivery::DeliveryProcessor processor(*m_db);
        // A batch full to its count says so: the worker then knows more are waiting.
        auto first = processor.processPending(10);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(*first, 10);
        QVERIFY(processor.stoppedEarly());
        QList<qint64> seen = processor.lastProcessed();
        for (;;) {
            auto processed = processor.processPending(500, 1);
            QVERIFY2(processed.ok(), qPrintable(processed.error()));
            if (*processed == 0)
                break;
            QCOMPARE(processor.lastProcessed().size(), *processed);
            seen << processor.lastProcessed();
        }
        QVERIFY(!processor.stoppedEarly());
        QCOMPARE(seen, ids);
        const store::User ann = user(QStringLiteral("ann@example.com"));
        QCOMPARE(ann.xp, count);
        QCOMPARE(ann.fields.value(QStringLiteral("nickname")), QStringLiteral("n%1").arg(count));
    }

    void twoProcessorsNeverProcessOneDeliveryTwice()
    {
        const mapping::Webhook webhook = addWebhook(R"({"name": "Coins",
            "user": {"identifier": "username", "path": "/user"},
            "currencies": [{"currency": "coins", "operator": "add", "path": "/n"}]})");
        constexpr int count = 3000;
        {
            QList<store::NewDelivery> batch;
            for (int i = 0; i < count; ++i) {
                store::NewDelivery delivery;
                delivery.webhookId = webhook.id;
                delivery.webhookName = webhook.name;
                delivery.method = "POST";
                delivery.target = "/hooks/x";
                delivery.headers = jsonHeaders;
                delivery.body = R"({"user": "ann", "n": 1})";
                delivery.receivedAt = nowIsoUtc();
                batch << delivery;
            }
            QVERIFY(m_db->beginWrite().ok());
            QVERIFY(store::DeliveryRepository(*m_db).insertPending(batch).ok());
            QVERIFY(m_db->commit().ok());
        }
        const QString path = m_location;
        QList<qint64> seen[2];
        QString errors[2];
        auto work = [&](int index) {
            store::Database db(path);
            if (!db.open()) {
                errors[index] = QStringLiteral("cannot open");
                return;
            }
            delivery::DeliveryProcessor processor(db);
            for (;;) {
                auto processed = processor.processPending(50);
                if (!processed) {
                    errors[index] = processed.error();
                    return;
                }
                if (*processed == 0) {
                    // On PostgreSQL 0 can also mean "the other one holds the oldest of these
                    // right now" (SKIP LOCKED, webhook order): done only when none is Pending.
                    auto left = store::DeliveryRepository(db).countPending();
                    if (!left) {
                        errors[index] = left.error();
                        return;
                    }
                    if (*left == 0)
                        return;
                    QThread::msleep(1);
                    continue;
                }
                seen[index] << processor.lastProcessed();
            }
        };
        std::unique_ptr<QThread> threads[2] = {std::unique_ptr<QThread>(QThread::create(work, 0)),
                                               std::unique_ptr<QThread>(QThread::create(work, 1))};
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait());
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QCOMPARE(seen[0].size() + seen[1].size(), count);
        const QSet<qint64> first(seen[0].cbegin(), seen[0].cend());
        for (qint64 id : std::as_const(seen[1]))
            QVERIFY(!first.contains(id));
        QCOMPARE(user(QStringLiteral("ann@example.com")).coins, 10 + count);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE attempts = 1"
                                              " AND status = 'success'")),
                 count);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT MAX(attempts) FROM deliveries")), 1);
        auto log = store::DeliveryRepository(*m_db).attempts(
            seen[0].isEmpty() ? seen[1].constFirst() : seen[0].constFirst());
        QVERIFY2(log.ok(), qPrintable(log.error()));
        QCOMPARE(log->size(), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM gamification_log")), count);
    }

    void workerDrainsOnWake()
    {
        const mapping::Webhook webhook = addWebhook(R"({"name": "Coins",
            "user": {"identifier": "username", "path": "/user"},
            "currencies": [{"currency": "xp", "operator": "add", "path": "/n"}]})");
        const qint64 id = receive(webhook, R"({"user": "ann", "n": 2})");
        QThread thread;
        auto *worker = new delivery::ProcessorWorker(m_location);
        worker->moveToThread(&thread);
        connect(&thread, &QThread::started, worker, &delivery::ProcessorWorker::start);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        QSignalSpy processed(worker, &delivery::ProcessorWorker::processed);
        thread.start();
        // Whatever fails below, the thread ends before it is destroyed.
        auto stopThread = qScopeGuard([&] {
            thread.quit();
            thread.wait();
        });
        // The spy records on the worker's thread: a batch may be reported before the test gets
        // to wait for it, so the test waits for the count, not for a next emission.
        QTRY_COMPARE_WITH_TIMEOUT(processed.count(), 1, 10000);
        QCOMPARE(processed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{id});
        const qint64 later = receive(webhook, R"({"user": "ann", "n": 3})");
        QMetaObject::invokeMethod(worker, &delivery::ProcessorWorker::wake, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(processed.count(), 2, 10000);
        QCOMPARE(processed.last().at(0).value<QList<qint64>>(), QList<qint64>{later});
        // Written by another connection (another process in real life) and never announced: the
        // worker's poll finds it.
        const qint64 unannounced = receive(webhook, R"({"user": "ann", "n": 4})");
        QTRY_COMPARE_WITH_TIMEOUT(processed.count(), 3, 10000);
        QCOMPARE(processed.last().at(0).value<QList<qint64>>(), QList<qint64>{unannounced});
        QMetaObject::invokeMethod(worker, &delivery::ProcessorWorker::stop,
                                  Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait());
        QCOMPARE(user(QStringLiteral("ann@example.com")).xp, 9);
    }

    void workerReportsAStoreItCannotOpen()
    {
        QTemporaryDir dir;
        const QString blocked = dir.filePath(QStringLiteral("file"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        delivery::ProcessorWorker worker(blocked + QStringLiteral("/sub/hookbench.db"));
        QSignalSpy failed(&worker, &delivery::ProcessorWorker::failedToOpen);
        worker.start();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestDeliveryProcessorConcurrency>(argc, argv);
}
#include "test_deliveryprocessor_concurrency.moc"
