// DeliveryWriter: group commit, answers only after COMMIT, and the bounded rejection log.
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/deliverywriter.h"
#include "store/rejectionlog.h"
#include "store/webhookrepository.h"
#include "temppostgres.h"
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
    qint64 m_sqliteWebhookId = 0;

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

    // A store at `location` with the "writer" webhook; its id in m_webhookId.
    bool addWebhook(store::Database &db)
    {
        mapping::Webhook webhook;
        webhook.name = QStringLiteral("writer");
        webhook.user = {mapping::Identifier::Email, QStringLiteral("/email")};
        store::WebhookRepository repository(db);
        auto added = repository.add(webhook);
        if (!added.ok())
            return false;
        m_webhookId = added->id;
        return true;
    }

    // The store a backends() row asks for, open, with the "writer" webhook (cleanup() restores
    // m_webhookId to the SQLite store's); null when that failed.
    std::unique_ptr<store::Database> openBackend(bool postgres, const TempPostgres &server)
    {
        auto db = std::make_unique<store::Database>(postgres ? server.url() : m_store.path());
        if (!db->open().ok() || (postgres && !addWebhook(*db)))
            return nullptr;
        return db;
    }

    // The intake's two paths: SQLite's C API and Qt SQL's multi-row INSERTs on PostgreSQL.
    void backends()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgres") << true;
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
        QVERIFY(addWebhook(db));
        m_sqliteWebhookId = m_webhookId;
    }

    void cleanup() { m_webhookId = m_sqliteWebhookId; }

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
                            && stored->status == hb::DeliveryStatus::Pending)
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
        QCOMPARE(outcomes[2].status, hb::DeliveryStatus::Pending);
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

    // A webhook removed while the catcher still has it cached: the store refuses that request's
    // row (foreign key), and only that request fails, saying why; the others of its group are
    // stored and acknowledged.
    void aRefusedRowFailsAloneNotItsGroup()
    {
        store::Database locker(m_store.path());
        QVERIFY(locker.open().ok());
        store::DeliveryWriter writer(m_store.path());
        QVERIFY(writer.start().ok());
        const qint64 before = countRows(QStringLiteral("deliveries"));
        QVERIFY(locker.beginWrite().ok()); // the writer waits for its turn: the rest queue up
        QList<Result<store::StoredDelivery>> answers;
        QMutex mutex;
        auto answer = [&](Result<store::StoredDelivery> stored) {
            QMutexLocker guard(&mutex);
            answers.append(stored);
        };
        store::NewDelivery removed = delivery();
        removed.webhookId = m_webhookId + 1000; // no such webhook (any more)
        writer.submit(delivery(), answer);
        QTest::qWait(100); // the first is the writer's group of one, waiting for the lock
        writer.submit(delivery(), answer);
        writer.submit(removed, answer);
        writer.submit(delivery(), answer);
        locker.rollback();
        writer.stop();

        QCOMPARE(answers.size(), 4);
        int failed = 0;
        for (const auto &stored : std::as_const(answers)) {
            if (stored.ok())
                continue;
            ++failed;
            QVERIFY2(stored.error().contains(QLatin1String("its webhook was removed a moment ago")),
                     qPrintable(stored.error()));
        }
        QCOMPARE(failed, 1);
        QCOMPARE(countRows(QStringLiteral("deliveries")), before + 3);
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
    // A group is written with multi-row statements: every request keeps its own id, in the order
    // received, and keys repeated inside the group or already stored are answered as duplicates.
    void largeGroupKeepsOrderAndDuplicates_data() { backends(); }
    void largeGroupKeepsOrderAndDuplicates()
    {
        QFETCH(bool, postgres);
        TempPostgres server;
        if (postgres)
            REQUIRE_POSTGRES(server);
        const std::unique_ptr<store::Database> opened = openBackend(postgres, server);
        QVERIFY(opened);
        store::Database &db = *opened;
        store::DeliveryRepository repository(db);
        QVERIFY(db.beginWrite().ok());
        auto earlier = repository.insertPending({delivery(QStringLiteral("stored-before"))});
        QVERIFY(earlier.ok());
        QVERIFY(db.commit().ok());

        QList<store::NewDelivery> group;
        for (int i = 0; i < 150; ++i) {
            store::NewDelivery d = delivery(i % 50 == 7 ? QStringLiteral("k%1").arg(i) : QString());
            d.body = QByteArray::number(i);
            group << d;
        }
        group[20].idempotencyKey = QStringLiteral("k7");            // repeats row 7, same group
        group[90].idempotencyKey = QStringLiteral("stored-before"); // repeats a stored one
        QVERIFY(db.beginWrite().ok());
        auto inserted = repository.insertPending(group);
        QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
        QVERIFY(db.commit().ok());
        QCOMPARE(inserted->size(), group.size());
        QCOMPARE(inserted->at(20).id, inserted->at(7).id);
        QVERIFY(inserted->at(20).duplicate && !inserted->at(7).duplicate);
        QCOMPARE(inserted->at(90).id, earlier->at(0).id);
        QVERIFY(inserted->at(90).duplicate);
        qint64 previous = earlier->at(0).id;
        for (int i = 0; i < group.size(); ++i) {
            if (i == 20 || i == 90)
                continue;
            QVERIFY2(inserted->at(i).id > previous, qPrintable(QString::number(i)));
            previous = inserted->at(i).id;
            auto record = repository.find(inserted->at(i).id);
            QVERIFY(record.ok() && record->has_value());
            QCOMPARE((*record)->body, QByteArray::number(i)); // the row is this request's
        }
    }

    // Headers are written without QJsonDocument on the hot path; they must read back exactly as
    // the reader (QJsonDocument) and the old writer see them, whatever bytes a sender puts in.
    void awkwardHeadersReadBackAsSent_data() { backends(); }
    void awkwardHeadersReadBackAsSent()
    {
        QFETCH(bool, postgres);
        TempPostgres server;
        if (postgres)
            REQUIRE_POSTGRES(server);
        const QList<QPair<QByteArray, QByteArray>> headers{
            {"X-Quote", R"(say "hi" \ back\slash)"},
            {"X-Control", "tab\there\x01\x1f"},
            {"X-Utf8", "caf\xc3\xa9 \xe2\x82\xac"},
            {"X-Latin1", "caf\xe9"}, // not UTF-8: kept byte for byte as Latin-1
            {"X-Empty", ""},
        };
        const std::unique_ptr<store::Database> opened = openBackend(postgres, server);
        QVERIFY(opened);
        store::Database &db = *opened;
        store::DeliveryRepository repository(db);
        store::NewDelivery d = delivery();
        d.headers = headers;
        QVERIFY(db.beginWrite().ok());
        auto inserted = repository.insertPending({d});
        QVERIFY(inserted.ok());
        QVERIFY(db.commit().ok());
        auto record = repository.find(inserted->at(0).id);
        QVERIFY(record.ok() && record->has_value());
        const auto expected = store::DeliveryRepository::headersFromJson(
            store::DeliveryRepository::headersToJson(headers));
        QCOMPARE((*record)->headers, expected);
        QCOMPARE((*record)->headers.at(0).second, headers.at(0).second);
        QCOMPARE((*record)->headers.at(2).second, headers.at(2).second);
    }

    // Two writers of one file in one process (the catcher's writer and the processor) take turns
    // instead of failing or sleeping in SQLite's busy handler: each waits for the other's
    // COMMIT and then writes.
    void writersOfOneFileTakeTurns()
    {
        store::Database first(m_store.path());
        QVERIFY(first.open().ok());
        QVERIFY(first.beginWrite().ok());
        QSqlQuery insert(first.connection());
        QVERIFY(insert.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS turns (who TEXT)")));
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO turns VALUES ('first')")));
        QAtomicInteger<int> secondDone = 0;
        QString secondError;
        std::unique_ptr<QThread> second(QThread::create([&] {
            store::Database db(m_store.path());
            hb::Status status = db.open();
            if (status)
                status = db.beginWrite(); // waits for the first's turn to end
            if (status) {
                QSqlQuery query(db.connection());
                if (!query.exec(QStringLiteral("INSERT INTO turns VALUES ('second')")))
                    status = hb::fail(store::Database::describe(query));
            }
            if (status)
                status = db.commit();
            if (!status)
                secondError = status.error();
            secondDone = 1;
        }));
        second->start();
        QTest::qWait(200);
        QCOMPARE(secondDone.loadRelaxed(), 0); // still waiting for its turn
        QVERIFY(first.commit().ok());
        QVERIFY(second->wait(20000));
        QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
        QSqlQuery rows(first.connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT who FROM turns ORDER BY rowid")));
        QStringList order;
        while (rows.next())
            order << rows.value(0).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryWriter)
#include "test_deliverywriter.moc"
