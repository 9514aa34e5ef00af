// Conditions, transforms and for-each end to end (SPEC §2, §6; issue 14): requests posted to
// `hookbench serve` over real sockets, processed, and read back with the CLI, on SQLite and on
// PostgreSQL. A tournament pays every player; a refund is Skipped with its reason and re-run once
// the webhook's condition takes it; a for-each with one bad item changes nobody.
#include "catcherclient.h"
#include "hookbenchprocess.h"
#include "storevariant.h"
#include "temppostgres.h"
#include "tempstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const char *tournament = R"({
    "name": "Tournament payout",
    "user": {"identifier": "username", "path": "/player"},
    "for_each": "/results",
    "fields": [{"field": "winnings", "operator": "add", "path": "/prize_cents",
                "transform": [{"multiply": "0.01"}], "default": "0"}],
    "currencies": [{"currency": "xp", "operator": "add", "path": "/score",
                    "transform": [{"round": 0}]}],
    "message": {"channel": "results", "template": "Round {{/round}} paid"}
})";

const char *deposits = R"({
    "name": "Deposits",
    "user": {"identifier": "email", "path": "/customer/email"},
    "when": [{"path": "/event", "operator": "equals", "value": "deposit"},
             {"path": "/customer/email", "operator": "contains", "value": "@"}],
    "fields": [{"field": "winnings", "operator": "add", "path": "/amount",
                "transform": [{"number": true}, {"divide": "100"}]}]
})";

} // namespace

class TestMappingPower : public QObject {
    Q_OBJECT
public:
    explicit TestMappingPower(bool postgres)
        : m_postgres(postgres)
    {}

private:
    bool m_postgres;
    std::unique_ptr<TempStore> m_file;
    std::unique_ptr<TempPostgres> m_server;
    QString m_location;
    QTemporaryDir m_files;
    QProcess m_serve;
    QUrl m_url;
    QHash<QString, QString> m_tokens; // webhook name -> token

    HookbenchRun run(const QStringList &arguments) const
    {
        const HookbenchRun result = HookbenchProcess(m_location).run(arguments);
        if (result.exitCode != 0)
            qWarning("%s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     qPrintable(result.err));
        return result;
    }
    QJsonValue json(QStringList arguments) const
    {
        arguments << QStringLiteral("--json");
        return run(arguments).json();
    }
    QString importConfig(const char *config, const QString &file, bool replace = false)
    {
        const QString path = m_files.filePath(file);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(config);
        out.close();
        QStringList arguments{QStringLiteral("webhook"), QStringLiteral("import"), path};
        if (replace)
            arguments << QStringLiteral("--replace");
        return json(arguments).toObject().value(QStringLiteral("token")).toString();
    }
    qint64 post(const QString &webhook, const QByteArray &body)
    {
        CatcherClient client(m_url);
        const auto answer =
            client.request(CatcherClient::post("/hooks/" + m_tokens.value(webhook).toUtf8(), body));
        if (!answer || answer->status != 202)
            return 0;
        return QJsonDocument::fromJson(answer->body)
            .object()
            .value(QStringLiteral("delivery_id"))
            .toInteger();
    }
    QJsonObject show(qint64 id) const
    {
        return json({QStringLiteral("delivery"), QStringLiteral("show"), QString::number(id)})
            .toObject();
    }
    QString statusOf(qint64 id) const
    {
        return show(id).value(QStringLiteral("status")).toString();
    }
    // Posts and waits until the delivery has ended as expected; its id.
    qint64 deliver(const QString &webhook, const QByteArray &body, const QString &expected)
    {
        const qint64 id = post(webhook, body);
        [&] { QVERIFY2(id > 0, "the request was not accepted"); }();
        if (id > 0)
            [&] { QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), expected, 20000); }();
        return id;
    }
    QJsonObject user(const QString &id) const
    {
        return json({QStringLiteral("user"), QStringLiteral("show"), id}).toObject();
    }
    // Everybody's balances and fields, to see that nothing changed.
    QJsonArray everybody() const
    {
        QJsonArray all;
        for (const char *name : {"p1", "p2", "p3"})
            all.append(user(QString::fromLatin1(name)));
        return all;
    }

private slots:
    void init()
    {
        QVERIFY(m_files.isValid());
        m_file = std::make_unique<TempStore>();
        m_location = m_file->path();
        if (m_postgres) {
            m_server = std::make_unique<TempPostgres>();
            REQUIRE_POSTGRES(*m_server);
            m_location = m_server->url();
        }
        QCOMPARE(run({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("winnings"),
                      QStringLiteral("--type"), QStringLiteral("number")})
                     .exitCode,
                 0);
        for (const char *name : {"p1", "p2", "p3"}) {
            const QString username = QString::fromLatin1(name);
            QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                          username + QStringLiteral("@example.com"), QStringLiteral("--username"),
                          username})
                         .exitCode,
                     0);
        }
        m_tokens.insert(QStringLiteral("Tournament payout"),
                        importConfig(tournament, QStringLiteral("tournament.json")));
        m_tokens.insert(QStringLiteral("Deposits"),
                        importConfig(deposits, QStringLiteral("deposits.json")));
        for (const QString &token : std::as_const(m_tokens))
            QVERIFY(!token.isEmpty());
        QString error;
        m_url = HookbenchProcess(m_location).startServe(m_serve, {}, &error);
        QVERIFY2(m_url.isValid(), qPrintable(error));
    }

    void cleanup()
    {
        if (m_serve.state() != QProcess::NotRunning) {
            m_serve.terminate();
            m_serve.waitForFinished(30000);
        }
        m_server.reset();
        m_file.reset();
    }

    void tournamentPaysEveryPlayer()
    {
        const qint64 id = deliver(QStringLiteral("Tournament payout"), R"({"round": 3,
            "results": [{"player": "p1", "prize_cents": 12345, "score": 10.5},
                        {"player": "p2", "score": 7},
                        {"player": "p1", "prize_cents": 55, "score": 0.4}]})",
                                  QStringLiteral("success"));
        const QJsonObject p1 = user(QStringLiteral("p1"));
        QCOMPARE(p1.value(QStringLiteral("xp")).toInteger(), 11); // round(10.5) + round(0.4)
        QCOMPARE(p1.value(QStringLiteral("fields")).toObject().value(QStringLiteral("winnings")),
                 QJsonValue(124)); // 123.45 + 0.55
        const QJsonObject p2 = user(QStringLiteral("p2"));
        QCOMPARE(p2.value(QStringLiteral("xp")).toInteger(), 7);
        QCOMPARE(p2.value(QStringLiteral("fields")).toObject().value(QStringLiteral("winnings")),
                 QJsonValue(0)); // the default
        QCOMPARE(user(QStringLiteral("p3")).value(QStringLiteral("xp")).toInteger(), 0);

        const QJsonObject delivery = show(id);
        const QJsonArray changes = delivery.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 7); // three items of two changes, and the message
        const QJsonObject third = changes.at(2).toObject();
        QCOMPARE(third.value(QStringLiteral("kind")).toString(), QStringLiteral("field"));
        QCOMPARE(third.value(QStringLiteral("user")).toString(), QStringLiteral("p1@example.com"));
        QCOMPARE(third.value(QStringLiteral("item")).toInteger(), 2);
        QCOMPARE(third.value(QStringLiteral("old")), QJsonValue(123.45));
        QCOMPARE(changes.at(6).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Round 3 paid"));
        const QJsonArray log = json({QStringLiteral("gamification-log"), QStringLiteral("--user"),
                                     QStringLiteral("p1")})
                                   .toArray();
        QCOMPARE(log.size(), 2);
        const QJsonArray listed =
            json({QStringLiteral("delivery"), QStringLiteral("list"), QStringLiteral("--webhook"),
                  QStringLiteral("Tournament payout")})
                .toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("success"));
    }

    void unmetConditionSkipsAndRerunsOnceItHolds()
    {
        const QJsonArray before = everybody();
        const qint64 refund = deliver(QStringLiteral("Deposits"), R"({"event": "refund",
            "customer": {"email": "p2@example.com"}, "amount": "1,250"})",
                                      QStringLiteral("skipped"));
        const QJsonObject skipped = show(refund);
        QCOMPARE(skipped.value(QStringLiteral("reason")).toString(),
                 QStringLiteral(R"(condition /event equals "deposit" not met (was "refund"))"));
        QCOMPARE(skipped.value(QStringLiteral("changes")).toArray(), QJsonArray());
        QCOMPARE(everybody(), before);
        const QJsonArray listed = json({QStringLiteral("delivery"), QStringLiteral("list"),
                                        QStringLiteral("--status"), QStringLiteral("skipped")})
                                      .toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("id")).toInteger(), refund);

        const qint64 deposit = deliver(QStringLiteral("Deposits"), R"({"event": "deposit",
            "customer": {"email": "p2@example.com"}, "amount": " 1,250 "})",
                                       QStringLiteral("success"));
        QVERIFY(deposit > refund);
        QCOMPARE(user(QStringLiteral("p2"))
                     .value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("winnings")),
                 QJsonValue(12.5));

        // The webhook now also takes refunds: the Skipped delivery re-runs under it.
        QByteArray widened = deposits;
        widened.replace(R"("operator": "equals", "value": "deposit")",
                        R"("operator": "one_of", "value": ["deposit", "refund"])");
        QVERIFY(!importConfig(widened.constData(), QStringLiteral("widened.json"), true).isEmpty());
        const QJsonObject rerun =
            json({QStringLiteral("delivery"), QStringLiteral("rerun"), QString::number(refund)})
                .toObject();
        QCOMPARE(rerun.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(statusOf(refund), QStringLiteral("success"));
        QCOMPARE(user(QStringLiteral("p2"))
                     .value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("winnings")),
                 QJsonValue(25));
    }

    void oneBadItemChangesNobody()
    {
        const QJsonArray before = everybody();
        const qint64 id = deliver(QStringLiteral("Tournament payout"), R"({"round": 4,
            "results": [{"player": "p1", "prize_cents": 100, "score": 5},
                        {"player": "p2", "prize_cents": 100, "score": 5},
                        {"player": "p3", "prize_cents": "lots", "score": 5}]})",
                                  QStringLiteral("failed"));
        const QJsonObject delivery = show(id);
        QCOMPARE(delivery.value(QStringLiteral("reason")).toString(),
                 QStringLiteral(R"(item 2 (/results/2): fields[0] winnings: step 1 (multiply): )"
                                R"(value "lots" is not a number)"));
        QCOMPARE(delivery.value(QStringLiteral("changes")).toArray(), QJsonArray());
        QCOMPARE(everybody(), before);
        QVERIFY(json({QStringLiteral("message"), QStringLiteral("list")}).toArray().isEmpty());

        const qint64 unknown = deliver(QStringLiteral("Tournament payout"), R"({"round": 5,
            "results": [{"player": "p1", "score": 5}, {"player": "nobody", "score": 5}]})",
                                       QStringLiteral("failed"));
        QCOMPARE(show(unknown).value(QStringLiteral("reason")).toString(),
                 QStringLiteral(R"(item 1 (/results/1): no user with username "nobody")"));
        QCOMPARE(everybody(), before);

        const qint64 empty = deliver(QStringLiteral("Tournament payout"),
                                     R"({"round": 6, "results": []})", QStringLiteral("skipped"));
        QCOMPARE(show(empty).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("for_each /results is an empty array: no items"));
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestMappingPower>(argc, argv);
}

#include "test_mapping_power.moc"
