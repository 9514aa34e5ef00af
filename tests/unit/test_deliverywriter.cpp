// DeliveryWriter: group commit, answers only after COMMIT, and the bounded rejection log.
#include "store/database.h"
#include "store/deliverywriter.h"
#include "store/rejectionlog.h"
#include "store/webhookrepository.h"
#include "tempstore.h"

#include <QAtomicInteger>
#include <QMutex>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace hb;

class TestDeliveryWriter : public QObject {
    Q_OBJECT

private:
    TempStore m_store;
    qint64 m_webhookId = 0;

    store::NewDelivery delivery(const QString &key = {})
    {
        store::NewDelivery d;
        d.webhookId = m_webhookId;
        d.webhookName = QStringLiteral("writer");
        d.idempotencyKey = key;
        d.method = "POST";
        d.target = "/hooks/x";
        d.headers = {{"Content-Type", "application/json"}};
        d.body = R"({"a":1})";
        d.remoteAddress = QStringLiteral("127.0.0.1");
        return d;
    }

    qint64 countRows(const QString &table)
    {
        store::Database db(m_store.path());
        if (!db.open())
            return -1;
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        store::Database db(m_store.path());
        QVERIFY(db.open().ok());
        mapping::Webhook webhook;
        webhook.name = QStringLiteral("writer");
        webhook.user = {mapping::Identifier::Email, QStringLiteral("/email")};
        store::WebhookRepository repository(db);
        auto added = repository.add(webhook);
        QVERIFY(added.ok());
        m_webhookId = added->id;
    }

    void groupCommitAnswersAfterCommit()
    {
        store::DeliveryWriter writer(m_store.path());
        QList<QPair<qint64, qint64>> committed;
        QMutex mutex;
        writer.setCommittedHandler([&](const QList<QPair<qint64, qint64>> &stored) {
            QMutexLocker locker(&mutex);
            committed += stored;
        });
        QVERIFY(writer.start().ok());
        constexpr int threads = 4, perThread = 250;
        QAtomicInteger<int> answered = 0, visibleAtAnswer = 0;
        QList<QThread *> senders;
        for (int t = 0; t < threads; ++t) {
            senders << QThread::create([&] {
                for (int i = 0; i < perThread; ++i) {
                    writer.submit(delivery(), [&](Result<store::StoredDelivery> stored) {
                        if (!stored.ok())
                            return;
                        ++answered;
                        // Another connection sees the row when the answer is given: committed.
                        if (stored->id > 0 && !stored->duplicate
                            && stored->status == QLatin1String("pending"))
                            ++visibleAtAnswer;
                    });
                }
            });
            senders.last()->start();
        }
        for (QThread *sender : senders) {
            sender->wait();
            delete sender;
        }
        writer.stop();
        QCOMPARE(answered.loadRelaxed(), threads * perThread);
        QCOMPARE(visibleAtAnswer.loadRelaxed(), threads * perThread);
        QCOMPARE(committed.size(), threads * perThread);
        QCOMPARE(countRows(QStringLiteral("deliveries")), qint64(threads * perThread));
        // Groups, not one commit per request.
        QVERIFY2(writer.commitCount() < threads * perThread,
                 qPrintable(QString::number(writer.commitCount())));
        QVERIFY(writer.largestGroup() > 1);
    }

    void idempotencyKeyRepeats()
    {
        store::DeliveryWriter writer(m_store.path());
        QVERIFY(writer.start().ok());
        QList<store::StoredDelivery> outcomes;
        QMutex mutex;
        for (int i = 0; i < 3; ++i)
            writer.submit(delivery(QStringLiteral("same-key")), [&](auto stored) {
                QMutexLocker locker(&mutex);
                outcomes << *stored;
            });
        writer.stop();
        QCOMPARE(outcomes.size(), 3);
        QVERIFY(!outcomes[0].duplicate);
        QVERIFY(outcomes[1].duplicate && outcomes[2].duplicate);
        QCOMPARE(outcomes[1].id, outcomes[0].id);
        QCOMPARE(outcomes[2].status, QStringLiteral("pending"));
    }

    void submitAfterStopFailsWithAMessage()
    {
        store::DeliveryWriter writer(m_store.path());
        QVERIFY(writer.start().ok());
        writer.stop();
        QString error;
        writer.submit(delivery(), [&](auto stored) { error = stored.error(); });
        QVERIFY(error.contains(QLatin1String("not accepting")));
    }

    void unopenableStoreIsReported()
    {
        store::DeliveryWriter writer(QStringLiteral("/proc/no-such-dir/hookbench.db"));
        const Status started = writer.start();
        QVERIFY(!started.ok());
        QVERIFY(!started.error().isEmpty());
    }

    void failedCommitAnswersAnError()
    {
        // A busy store (another process holds the write lock) fails the group; nothing is
        // acknowledged, and the writer keeps working afterwards.
        store::Database locker(m_store.path());
        QVERIFY(locker.open().ok());
        QVERIFY(locker.connection().exec(QStringLiteral("PRAGMA busy_timeout=0")).isActive()
                || true);
        store::DeliveryWriter writer(m_store.path());
        QVERIFY(writer.start().ok());
        QVERIFY(locker.beginWrite().ok());
        QSqlQuery hold(locker.connection());
        QVERIFY(hold.exec(QStringLiteral("DELETE FROM rejected_requests WHERE id < 0")));
        QString error;
        bool done = false;
        QMutex mutex;
        writer.submit(delivery(), [&](auto stored) {
            QMutexLocker guard(&mutex);
            error = stored.ok() ? QString() : stored.error();
            done = true;
        });
        // The writer waits for the lock (busy timeout), then gives up with a message.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QMutexLocker guard(&mutex);
                return done;
            }(),
            30000);
        locker.rollback();
        QVERIFY2(error.contains(QLatin1String("not received")), qPrintable(error));
        bool ok = false;
        writer.submit(delivery(), [&](auto stored) { ok = stored.ok(); });
        writer.stop();
        QVERIFY(ok);
    }

    void rejectionLogIsBounded()
    {
        store::DeliveryWriter writer(m_store.path());
        QVERIFY(writer.start().ok());
        for (int i = 0; i < store::RejectionLog::keep + 120; ++i) {
            store::RejectedRequest entry;
            entry.status = 401;
            entry.reason = QStringLiteral("wrong x-api-key #%1").arg(i);
            entry.method = "POST";
            entry.target = "/hooks/x";
            entry.headers = {{"x-api-key", "nope"}};
            entry.bodyHead = QByteArray(store::RejectionLog::bodyHeadSize + 100, 'b');
            writer.submitRejection(entry);
            if (i % 100 == 0)
                QThread::msleep(5);
        }
        writer.stop();
        store::Database db(m_store.path());
        QVERIFY(db.open().ok());
        store::RejectionLog log(db);
        auto count = log.count();
        QVERIFY(count.ok());
        QVERIFY2(*count <= store::RejectionLog::keep, qPrintable(QString::number(*count)));
        auto recent = log.recent(1);
        QVERIFY2(recent.ok(), qPrintable(recent.error()));
        QVERIFY(!recent->isEmpty());
        QCOMPARE(recent->first().reason,
                 QStringLiteral("wrong x-api-key #%1").arg(store::RejectionLog::keep + 119));
        QCOMPARE(recent->first().bodyHead.size(), store::RejectionLog::bodyHeadSize);
        QCOMPARE(recent->first().headers.value(0).first, QByteArray("x-api-key"));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryWriter)
#include "test_deliverywriter.moc"
