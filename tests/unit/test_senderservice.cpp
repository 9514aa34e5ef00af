// The Sender's bench as the store keeps it, SQLite then PostgreSQL: requests saved per webhook
// under a name (replaced by name, gone with their webhook), and the bounded history of sends,
// newest first, kept across restarts and added to a store of schema version 5.
#include "storevariant.h"
#include "temppostgres.h"
#include "tempstore.h"

#include "services/senderservice.h"
#include "services/webhookservice.h"
#include "store/database.h"
#include "store/schema.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace hb;
using services::SavedRequest;
using services::SenderService;
using services::SentRequest;
using services::WebhookService;

namespace {

// A store of a test's own, which it closes and opens again: a file, or a database on the
// server of $HOOKBENCH_TEST_PG.
class ReopenedStore {
public:
    explicit ReopenedStore(bool postgres)
    {
        if (postgres)
            m_server = std::make_unique<TempPostgres>();
    }
    TempPostgres *server() const { return m_server.get(); }
    QString location() const { return m_server ? m_server->url() : m_file.path(); }

private:
    TempStore m_file;
    std::unique_ptr<TempPostgres> m_server;
};

SentRequest sendTo(const mapping::Webhook &webhook, int n)
{
    SentRequest sent;
    sent.webhookId = webhook.id;
    sent.webhookName = webhook.name;
    sent.method = "POST";
    sent.url = QStringLiteral("http://127.0.0.1:8080/hooks/%1?n=%2").arg(webhook.token).arg(n);
    sent.headers = {{"Content-Type", "application/json"}, {"X-Api-Key", "k3y"}};
    sent.body = QByteArray(R"({"n":)") + QByteArray::number(n) + '}';
    sent.status = 202;
    sent.reason = QStringLiteral("Accepted");
    sent.responseBody = R"({"status":"accepted"})";
    sent.elapsedMs = n;
    return sent;
}

int schemaVersion(store::Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestSenderService : public QObject {
    Q_OBJECT

public:
    explicit TestSenderService(bool postgres)
        : m_postgres(postgres)
    {}

private:
    bool m_postgres = false;
    StoreVariant m_store;

    store::Database &db() { return m_store.db(); }

    mapping::Webhook webhook(store::Database &on, const QString &name)
    {
        auto made = WebhookService(on).createDraft(name);
        if (!made)
            qFatal("cannot add a webhook: %s", qPrintable(made.error()));
        return *made;
    }

private slots:
    void init() { m_store.open(m_postgres); }
    void cleanup() { m_store.close(); }

    void savedRequestsAreKeptByNameAndReplaced()
    {
        const mapping::Webhook deposits = webhook(db(), QStringLiteral("Deposits"));
        SenderService sender(db());
        auto first = sender.saveRequest(deposits.id, QStringLiteral("login"),
                                        QJsonObject{{QStringLiteral("amount"), 1}});
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(first->id > 0);
        QCOMPARE(first->webhookId, deposits.id);
        QVERIFY(!first->updatedAt.isEmpty());

        // The same name (spaces aside) replaces the request in place.
        auto replaced = sender.saveRequest(deposits.id, QStringLiteral("  login "),
                                           QJsonObject{{QStringLiteral("amount"), 2}});
        QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
        QCOMPARE(replaced->id, first->id);
        QCOMPARE(replaced->name, QStringLiteral("login"));
        auto another = sender.saveRequest(deposits.id, QStringLiteral("big amount"),
                                          QJsonObject{{QStringLiteral("amount"), 1000}});
        QVERIFY2(another.ok(), qPrintable(another.error()));

        auto saved = sender.savedRequests(deposits.id);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved->size(), 2);
        QCOMPARE(saved->at(0).name, QStringLiteral("big amount"));
        QCOMPARE(saved->at(1).name, QStringLiteral("login"));
        QCOMPARE(saved->at(1).request, (QJsonObject{{QStringLiteral("amount"), 2}}));

        QVERIFY(sender.removeSavedRequest(another->id).ok());
        saved = sender.savedRequests(deposits.id);
        QVERIFY(saved.ok());
        QCOMPARE(saved->size(), 1);
        QCOMPARE(saved->at(0).id, first->id);
        const Status again = sender.removeSavedRequest(another->id);
        QVERIFY(!again.ok());
        QCOMPARE(again.errorKind(), ErrorKind::NotFound);
    }

    void aNameAndAWebhookAreNeeded()
    {
        const mapping::Webhook deposits = webhook(db(), QStringLiteral("Deposits"));
        SenderService sender(db());
        auto unnamed = sender.saveRequest(deposits.id, QStringLiteral("   "), {});
        QVERIFY(!unnamed.ok());
        QVERIFY2(unnamed.error().contains(QLatin1String("name")), qPrintable(unnamed.error()));

        auto nowhere = sender.saveRequest(deposits.id + 100, QStringLiteral("login"), {});
        QVERIFY(!nowhere.ok());
        QCOMPARE(nowhere.errorKind(), ErrorKind::NotFound);
        QVERIFY2(nowhere.error().contains(QLatin1String("no webhook")),
                 qPrintable(nowhere.error()));
        // The failed save left the store usable.
        QVERIFY(sender.saveRequest(deposits.id, QStringLiteral("login"), {}).ok());
    }

    void removingAWebhookRemovesItsSavedRequestsButNotItsSends()
    {
        const mapping::Webhook deposits = webhook(db(), QStringLiteral("Deposits"));
        const mapping::Webhook refunds = webhook(db(), QStringLiteral("Refunds"));
        SenderService sender(db());
        QVERIFY(sender.saveRequest(deposits.id, QStringLiteral("login"), {}).ok());
        QVERIFY(sender.saveRequest(refunds.id, QStringLiteral("login"), {}).ok());
        QVERIFY(sender.recordSend(sendTo(deposits, 1)).ok());

        const Status removed = WebhookService(db()).removeById(deposits.id);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        auto gone = sender.savedRequests(deposits.id);
        QVERIFY(gone.ok());
        QVERIFY(gone->isEmpty());
        auto kept = sender.savedRequests(refunds.id);
        QVERIFY(kept.ok());
        QCOMPARE(kept->size(), 1);

        auto history = sender.sendHistory();
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->at(0).webhookId, deposits.id);
        QCOMPARE(history->at(0).webhookName, QStringLiteral("Deposits"));
    }

    void historyIsNewestFirstAndWhole()
    {
        const mapping::Webhook deposits = webhook(db(), QStringLiteral("Deposits"));
        SenderService sender(db());
        SentRequest answered = sendTo(deposits, 1);
        answered.sentAt = QStringLiteral("2026-12-07T00:40:00.000Z");
        auto id = sender.recordSend(answered);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QVERIFY(*id > 0);
        // No answer, and no webhook (a URL typed by hand).
        SentRequest unanswered;
        unanswered.method = "GET";
        unanswered.webhookName = QStringLiteral("http://127.0.0.1:1/");
        unanswered.url = QStringLiteral("http://127.0.0.1:1/");
        unanswered.elapsedMs = 3;
        unanswered.error = QStringLiteral("Connection refused");
        QVERIFY(sender.recordSend(unanswered).ok());

        auto history = sender.sendHistory();
        QVERIFY2(history.ok(), qPrintable(history.error()));
        QCOMPARE(history->size(), 2);
        const SentRequest &newest = history->at(0);
        QCOMPARE(newest.webhookId, qint64(0));
        QCOMPARE(newest.status, 0);
        QCOMPARE(newest.error, QStringLiteral("Connection refused"));
        QVERIFY(newest.body.isEmpty());
        QVERIFY(!newest.sentAt.isEmpty());
        const SentRequest &oldest = history->at(1);
        QCOMPARE(oldest.id, *id);
        QCOMPARE(oldest.sentAt, answered.sentAt);
        QCOMPARE(oldest.webhookId, deposits.id);
        QCOMPARE(oldest.webhookName, deposits.name);
        QCOMPARE(oldest.method, QByteArray("POST"));
        QCOMPARE(oldest.url, answered.url);
        QCOMPARE(oldest.headers, answered.headers);
        QCOMPARE(oldest.body, answered.body);
        QCOMPARE(oldest.status, 202);
        QCOMPARE(oldest.reason, QStringLiteral("Accepted"));
        QCOMPARE(oldest.responseBody, answered.responseBody);
        QCOMPARE(oldest.elapsedMs, qint64(1));
        QVERIFY(oldest.error.isEmpty());

        auto one = sender.sendHistory(1);
        QVERIFY(one.ok());
        QCOMPARE(one->size(), 1);
        QVERIFY(sender.clearSendHistory().ok());
        auto cleared = sender.sendHistory();
        QVERIFY(cleared.ok());
        QVERIFY(cleared->isEmpty());
    }

    void historyKeepsTheNewestWithTheirBodiesCut()
    {
        const mapping::Webhook deposits = webhook(db(), QStringLiteral("Deposits"));
        SenderService sender(db());
        const int sends = SenderService::historySize + 5;
        for (int n = 0; n < sends; ++n) {
            SentRequest sent = sendTo(deposits, n);
            if (n == sends - 1) {
                sent.body = QByteArray(SenderService::bodyKeep + 10, 'b');
                sent.responseBody = QByteArray(3 * SenderService::bodyKeep, 'r');
            }
            const Result<qint64> recorded = sender.recordSend(sent);
            QVERIFY2(recorded.ok(), qPrintable(recorded.error()));
        }
        auto history = sender.sendHistory(sends);
        QVERIFY2(history.ok(), qPrintable(history.error()));
        QCOMPARE(history->size(), SenderService::historySize);
        QCOMPARE(history->first().elapsedMs, qint64(sends - 1));
        QCOMPARE(history->last().elapsedMs, qint64(sends - SenderService::historySize));
        QCOMPARE(history->first().body, QByteArray(SenderService::bodyKeep, 'b'));
        QCOMPARE(history->first().responseBody, QByteArray(SenderService::bodyKeep, 'r'));
        QCOMPARE(history->at(1).body, sendTo(deposits, sends - 2).body);
    }

    void historyAndSavedRequestsOutliveTheConnection()
    {
        ReopenedStore own(m_postgres);
        if (own.server())
            REQUIRE_POSTGRES(*own.server());
        qint64 webhookId = 0;
        {
            store::Database first(own.location());
            QVERIFY(first.open().ok());
            const mapping::Webhook deposits = webhook(first, QStringLiteral("Deposits"));
            webhookId = deposits.id;
            SenderService sender(first);
            for (int n = 1; n <= 3; ++n)
                QVERIFY(sender.recordSend(sendTo(deposits, n)).ok());
            QVERIFY(sender.saveRequest(webhookId, QStringLiteral("login"), {}).ok());
        }
        store::Database again(own.location());
        const Status opened = again.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        SenderService sender(again);
        auto history = sender.sendHistory();
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).elapsedMs, qint64(3));
        QCOMPARE(history->at(2).elapsedMs, qint64(1));
        auto saved = sender.savedRequests(webhookId);
        QVERIFY(saved.ok());
        QCOMPARE(saved->size(), 1);
    }

    void aVersion5StoreIsUpgradedKeepingItsData()
    {
        QVERIFY2(store::Schema::currentVersion() == 6,
                 "this test makes a version-5 store by undoing version 6: undo the newer ones too");
        ReopenedStore own(m_postgres);
        if (own.server())
            REQUIRE_POSTGRES(*own.server());
        qint64 webhookId = 0;
        {
            store::Database old(own.location());
            QVERIFY(old.open().ok());
            webhookId = webhook(old, QStringLiteral("Deposits")).id;
            // Version 6 only adds these two tables: without them, and saying 5, the store is
            // what Hookbench before it wrote.
            QSqlQuery query(old.connection());
            QVERIFY(query.exec(QStringLiteral("DROP TABLE saved_requests")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE sent_requests")));
            QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 5")));
        }
        store::Database upgraded(own.location());
        const Status opened = upgraded.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(schemaVersion(upgraded), store::Schema::currentVersion());
        auto kept = WebhookService(upgraded).findById(webhookId);
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(kept->name, QStringLiteral("Deposits"));
        SenderService sender(upgraded);
        QVERIFY(sender.saveRequest(webhookId, QStringLiteral("login"), {}).ok());
        QVERIFY(sender.recordSend(sendTo(*kept, 1)).ok());
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestSenderService>(argc, argv);
}

#include "test_senderservice.moc"
