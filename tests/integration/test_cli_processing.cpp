// `delivery`, `history`, `gamification-log` and `message` run as the real hookbench executable on
// a temporary store. Fields, users and webhooks are made with the CLI; deliveries are received
// through the store and processed by the processor, as `serve` does.
#include "hookbenchprocess.h"
#include "receivedrequest.h"
#include "refusedrequest.h"
#include "tempstore.h"

#include "delivery/deliveryprocessor.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/webhookrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace hb;

namespace {

using Run = HookbenchRun;

QJsonValue parse(const QByteArray &json)
{
    return HookbenchRun::parseJson(json);
}

QJsonObject withoutTimes(QJsonObject object)
{
    object.remove(QStringLiteral("at"));
    return object;
}

} // namespace

class TestCliProcessing : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    qint64 m_first = 0, m_second = 0, m_failed = 0, m_binary = 0;

    Run run(const QStringList &arguments) const
    {
        return HookbenchProcess(m_store->path()).run(arguments);
    }
    // Words split on spaces: every argument of these tests is one word.
    Run run(const QString &line) const { return run(line.split(QLatin1Char(' '))); }

    Run ok(const QString &line)
    {
        Run result = run(line);
        if (result.exitCode != 0)
            qWarning("%s: %s", qPrintable(line), qPrintable(result.err));
        return result;
    }

    void expectError(const QString &line, const QString &message)
    {
        verifyOneLineError(run(line), line, message);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!HookbenchProcess::binary().isEmpty(), "HOOKBENCH_BIN is not set");
    }

    // One community with two processed deliveries, one failed and one pending binary request.
    void init()
    {
        m_store = std::make_unique<TempStore>();
        QCOMPARE(ok(QStringLiteral("field add total-deposit --type number")).exitCode, 0);
        QCOMPARE(ok(QStringLiteral("field add vip --type boolean")).exitCode, 0);
        QCOMPARE(ok(QStringLiteral("user add --email ann@example.com --username ann")).exitCode, 0);
        const QString config = m_store->folder() + QStringLiteral("/deposit.json");
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "Deposit", "user": {"identifier": "email", "path": "/email"},
            "fields": [{"field": "total-deposit", "operator": "add", "path": "/amount"},
                       {"field": "vip", "operator": "overwrite", "path": "/vip"}],
            "currencies": [{"currency": "coins", "operator": "add", "path": "/bonus"}],
            "message": {"channel": "general", "template": "{{/email}} deposited {{/amount}}"}})");
        file.close();
        QCOMPARE(ok(QStringLiteral("webhook import ") + config).exitCode, 0);

        store::Database db(m_store->path());
        QVERIFY(db.open().ok());
        auto webhook = store::WebhookRepository(db).findByName(QStringLiteral("Deposit"));
        QVERIFY(webhook.ok() && webhook->has_value());
        m_first = ReceivedRequest::insert(
            db, **webhook, R"({"email": "ann@example.com", "amount": 10, "vip": "1", "bonus": 5})");
        m_second = ReceivedRequest::insert(
            db, **webhook,
            R"({"email": "Ann@Example.com", "amount": "0.5", "vip": false, "bonus": 2})");
        m_failed = ReceivedRequest::insert(
            db, **webhook, R"({"email": "bob@example.com", "amount": 1, "vip": true, "bonus": 1})");
        delivery::DeliveryProcessor processor(db);
        auto processed = processor.processPending();
        QVERIFY2(processed.ok(), qPrintable(processed.error()));
        QCOMPARE(*processed, 3);
        m_binary =
            ReceivedRequest::insert(db, **webhook, QByteArray("\x89PNG\xff", 5), "image/png");
    }

    void cleanup() { m_store.reset(); }

    void deliveryList()
    {
        const Run list = ok(QStringLiteral("--json delivery list"));
        QCOMPARE(list.exitCode, 0);
        const QJsonArray all = list.array();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("id")).toInteger(), m_binary);
        QCOMPARE(all.at(3).toObject().value(QStringLiteral("id")).toInteger(), m_first);
        const QJsonObject failed = all.at(1).toObject();
        QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(QStringLiteral("webhook")).toString(), QStringLiteral("Deposit"));
        QCOMPARE(failed.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("no user with email \"bob@example.com\""));
        QVERIFY(!failed.value(QStringLiteral("received_at")).toString().isEmpty());
        QCOMPARE(failed.value(QStringLiteral("stale")).toBool(true), false);
        QCOMPARE(all.at(2).toObject().value(QStringLiteral("user")).toString(),
                 QStringLiteral("ann@example.com"));
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));

        const Run successes = ok(QStringLiteral("--json delivery list --status success --limit 1"));
        QCOMPARE(successes.array().size(), 1);
        QCOMPARE(successes.array().at(0).toObject().value(QStringLiteral("id")).toInteger(),
                 m_second);
        QCOMPARE(ok(QStringLiteral("--json delivery list --webhook Other")).array().size(), 0);

        const Run plain = ok(QStringLiteral("delivery list"));
        QVERIFY2(plain.out.contains("STATUS") && plain.out.contains("failed")
                     && plain.out.contains("no user with email \"bob@example.com\""),
                 plain.out.constData());

        expectError(
            QStringLiteral("delivery list --status done"),
            QStringLiteral(
                "unknown status \"done\" (expected pending, success, failed, skipped, sample)"));
        expectError(QStringLiteral("delivery list --limit 0"),
                    QStringLiteral("--limit must be a positive whole number (got \"0\")"));
        expectError(
            QStringLiteral("delivery list --colour red"),
            QStringLiteral("unknown option --colour (expected --status, --webhook, --limit, "
                           "--before, --since, --until, --search)"));
        expectError(
            QStringLiteral("delivery purge"),
            QStringLiteral("unknown delivery command \"purge\" (expected list, show, rerun, "
                           "export, curl or replay)"));
    }

    void deliveryShow()
    {
        const Run shown = ok(QStringLiteral("--json delivery show %1").arg(m_first));
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject object = shown.object();
        QCOMPARE(object.value(QStringLiteral("id")).toInteger(), m_first);
        QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(object.value(QStringLiteral("reason")).toString(), QString());
        QCOMPARE(object.value(QStringLiteral("changes")), parse(R"([
            {"kind": "field", "field": "total-deposit", "operator": "add", "old": null, "new": 10},
            {"kind": "field", "field": "vip", "operator": "overwrite", "old": null, "new": true},
            {"kind": "currency", "currency": "coins", "operator": "add", "old": 0, "new": 5,
             "delta": 5},
            {"kind": "message", "channel": "general", "text": "ann@example.com deposited 10"}])"));
        QVERIFY(!object.value(QStringLiteral("processed_at")).toString().isEmpty());
        QCOMPARE(object.value(QStringLiteral("attempts")).toArray().size(), 1);
        const QJsonObject request = object.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QVERIFY(request.value(QStringLiteral("target"))
                    .toString()
                    .startsWith(QLatin1String("/hooks/")));
        QCOMPARE(request.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("Content-Type")),
                 QJsonValue(QStringLiteral("application/json")));
        QCOMPARE(parse(request.value(QStringLiteral("body")).toString().toUtf8())
                     .toObject()
                     .value(QStringLiteral("amount")),
                 QJsonValue(10));

        const QJsonObject second =
            ok(QStringLiteral("--json delivery show %1").arg(m_second)).object();
        QCOMPARE(second.value(QStringLiteral("changes")).toArray().at(0), parse(R"(
            {"kind": "field", "field": "total-deposit", "operator": "add", "old": 10, "new": 10.5})"));

        const QJsonObject binary =
            ok(QStringLiteral("--json delivery show %1").arg(m_binary)).object();
        QCOMPARE(binary.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QVERIFY(binary.value(QStringLiteral("processed_at")).isNull());
        const QJsonObject binaryRequest = binary.value(QStringLiteral("request")).toObject();
        QCOMPARE(binaryRequest.value(QStringLiteral("body_encoding")).toString(),
                 QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(
                     binaryRequest.value(QStringLiteral("body")).toString().toLatin1()),
                 QByteArray("\x89PNG\xff", 5));

        const Run plain = ok(QStringLiteral("delivery show %1").arg(m_second));
        QVERIFY2(plain.out.contains("total-deposit: 10 → 10.5 (add)")
                     && plain.out.contains("coins: 5 → 7 (add)"),
                 plain.out.constData());

        // A Failed delivery says what to do about it, as the window's Overview does.
        const Run failed = ok(QStringLiteral("delivery show %1").arg(m_failed));
        QVERIFY2(failed.out.contains("what to do:   Add this user to the community"),
                 failed.out.constData());
        QVERIFY2(!plain.out.contains("what to do:"), plain.out.constData());

        expectError(QStringLiteral("delivery show 999"), QStringLiteral("no delivery with id 999"));
        expectError(QStringLiteral("delivery show abc"),
                    QStringLiteral("a delivery ID is a positive number (got \"abc\")"));
        expectError(QStringLiteral("delivery show"), QStringLiteral("usage: delivery show ID"));
    }

    void deliveryRerun()
    {
        expectError(
            QStringLiteral("delivery rerun %1").arg(m_first),
            QStringLiteral(
                "delivery %1 is success; only failed, skipped and sample deliveries can be re-run")
                .arg(m_first));
        expectError(QStringLiteral("delivery rerun 999"),
                    QStringLiteral("no delivery with id 999"));
        const Run stillFailing = ok(QStringLiteral("--json delivery rerun %1").arg(m_failed));
        QCOMPARE(stillFailing.exitCode, 0);
        QCOMPARE(stillFailing.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(ok(QStringLiteral("user add --email bob@example.com --username bob")).exitCode, 0);
        const Run rerun = ok(QStringLiteral("--json delivery rerun %1").arg(m_failed));
        QCOMPARE(rerun.exitCode, 0);
        const QJsonObject object = rerun.object();
        QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(object.value(QStringLiteral("user")).toString(),
                 QStringLiteral("bob@example.com"));
        const QJsonArray attempts = object.value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 3);
        QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("no user with email \"bob@example.com\""));
        QCOMPARE(attempts.at(2).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("success"));
        const Run user = ok(QStringLiteral("--json user show bob"));
        QCOMPARE(user.object().value(QStringLiteral("coins")).toInteger(), 1);
    }

    void history()
    {
        const Run all = ok(QStringLiteral("--json history"));
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.array().size(), 4);
        const QJsonObject first = all.array().at(0).toObject();
        QCOMPARE(withoutTimes(first), parse(QStringLiteral(R"({"user": "ann@example.com",
            "username": "ann", "field": "total-deposit", "old": null, "new": 10,
            "operator": "add", "source": "Deposit", "delivery_id": %1})")
                                                .arg(m_first)
                                                .toUtf8()));
        QVERIFY(!first.value(QStringLiteral("at")).toString().isEmpty());

        const Run vip = ok(QStringLiteral("--json history --user ann --field vip"));
        QCOMPARE(vip.array().size(), 2);
        QCOMPARE(vip.array().at(1).toObject().value(QStringLiteral("old")), QJsonValue(true));
        QCOMPARE(vip.array().at(1).toObject().value(QStringLiteral("new")), QJsonValue(false));
        QCOMPARE(
            ok(QStringLiteral("--json history --user ANN@example.com --limit 1")).array().size(),
            1);

        const Run plain = ok(QStringLiteral("history --field total-deposit"));
        QVERIFY2(plain.out.contains("FIELD") && plain.out.contains("10.5"), plain.out.constData());

        expectError(QStringLiteral("history --user nobody"),
                    QStringLiteral("no user with username \"nobody\""));
        expectError(QStringLiteral("history --user no@body.org"),
                    QStringLiteral("no user with email \"no@body.org\""));
        expectError(QStringLiteral("history --field colour"),
                    QStringLiteral("no custom field \"colour\""));
    }

    void gamificationLog()
    {
        const Run log = ok(QStringLiteral("--json gamification-log --user ann"));
        QCOMPARE(log.exitCode, 0);
        QCOMPARE(log.array().size(), 2);
        QCOMPARE(withoutTimes(log.array().at(1).toObject()),
                 parse(QStringLiteral(R"({"user": "ann@example.com", "username": "ann",
                     "currency": "coins", "delta": 2, "balance": 7, "action": "Deposit",
                     "delivery_id": %1})")
                           .arg(m_second)
                           .toUtf8()));
        const Run plain = ok(QStringLiteral("gamification-log"));
        QVERIFY2(plain.out.contains("BALANCE") && plain.out.contains("+2"), plain.out.constData());
        expectError(QStringLiteral("gamification-log --user bob"),
                    QStringLiteral("no user with username \"bob\""));
        expectError(QStringLiteral("gamification-log extra"),
                    QStringLiteral("usage: gamification-log [--user ID] [--limit N]"));
    }

    void messages()
    {
        const Run list = ok(QStringLiteral("--json message list --channel general"));
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.array().size(), 2);
        QCOMPARE(withoutTimes(list.array().at(0).toObject()),
                 parse(QStringLiteral(R"({"channel": "general",
                     "text": "ann@example.com deposited 10", "author": "Deposit",
                     "delivery_id": %1})")
                           .arg(m_first)
                           .toUtf8()));
        QCOMPARE(list.array().at(1).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Ann@Example.com deposited 0.5"));
        const Run plain = ok(QStringLiteral("message list"));
        QVERIFY2(plain.out.contains("#general") && plain.out.contains("deposited 0.5"),
                 plain.out.constData());
        expectError(QStringLiteral("message list --channel random"),
                    QStringLiteral("no channel \"random\" (channels: general)"));
        expectError(QStringLiteral("message send"),
                    QStringLiteral("unknown message command \"send\" (expected list)"));
    }

    // The requests the catcher refused, as support staff read them: newest first, narrowed to
    // a webhook, with the request as received under --json.
    void refused()
    {
        {
            store::Database db(m_store->path());
            QVERIFY(db.open().ok());
            RefusedRequest::log(
                db, {RefusedRequest::of(401, QStringLiteral("Deposit"),
                                        QStringLiteral("missing x-api-key header"), "{}",
                                        QStringLiteral("2026-11-27T10:00:00.000Z")),
                     RefusedRequest::of(
                         404, QString(), QStringLiteral("no webhook with this token"),
                         QByteArray("\xff\x00", 2), QStringLiteral("2026-11-27T10:00:01.000Z")),
                     RefusedRequest::of(401, QStringLiteral("Deposit"),
                                        QStringLiteral("wrong x-api-key"), R"({"a": 1})",
                                        QStringLiteral("2026-11-27T10:00:02.000Z"))});
        }
        const Run table = ok(QStringLiteral("refused"));
        QCOMPARE(table.exitCode, 0);
        const QList<QByteArray> lines = table.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith("AT ") && lines.at(0).contains("REASON"), lines.at(0));
        QVERIFY2(lines.at(1).contains("wrong x-api-key") && lines.at(1).contains("192.0.2.9"),
                 lines.at(1));
        QVERIFY2(lines.at(2).contains("404") && lines.at(2).contains("no webhook with this token"),
                 lines.at(2));
        QVERIFY2(lines.at(3).contains("missing x-api-key header"), lines.at(3));

        const Run json = ok(QStringLiteral("--json refused --webhook Deposit --limit 1"));
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.array().size(), 1);
        const QJsonObject newest = json.array().at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("status")).toInt(), 401);
        QCOMPARE(newest.value(QStringLiteral("webhook")).toString(), QStringLiteral("Deposit"));
        QCOMPARE(newest.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("wrong x-api-key"));
        const QJsonObject request = newest.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("body")).toString(), QStringLiteral(R"({"a": 1})"));
        // The key the sender tried is masked unless asked for (SPEC §3, secrets).
        QCOMPARE(
            request.value(QStringLiteral("headers")).toObject().value(QStringLiteral("X-Api-Key")),
            QJsonValue(QStringLiteral("n…(4 chars)")));
        const QJsonObject revealed = ok(QStringLiteral("--json refused --reveal"))
                                         .array()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("request"))
                                         .toObject();
        QCOMPARE(
            revealed.value(QStringLiteral("headers")).toObject().value(QStringLiteral("X-Api-Key")),
            QJsonValue(QStringLiteral("nope")));
        const QJsonArray all = ok(QStringLiteral("--json refused")).array();
        QCOMPARE(all.size(), 3);
        const QJsonObject unknown = all.at(1).toObject();
        QVERIFY(unknown.value(QStringLiteral("webhook")).isNull());
        QCOMPARE(unknown.value(QStringLiteral("request"))
                     .toObject()
                     .value(QStringLiteral("body_encoding")),
                 QJsonValue(QStringLiteral("base64")));

        QCOMPARE(ok(QStringLiteral("refused --webhook Other")).out,
                 QByteArray("no refused requests for \"Other\"\n"));
        expectError(QStringLiteral("refused --limit 0"),
                    QStringLiteral("--limit must be a positive whole number (got \"0\")"));
        expectError(QStringLiteral("refused all"),
                    QStringLiteral("usage: refused [--webhook NAME] [--limit N]"));
    }

    void emptyStore()
    {
        m_store = std::make_unique<TempStore>();
        QCOMPARE(ok(QStringLiteral("--json delivery list")).array().size(), 0);
        QCOMPARE(ok(QStringLiteral("history")).out, QByteArray("no field changes\n"));
        QCOMPARE(ok(QStringLiteral("--json gamification-log")).out.trimmed(), QByteArray("[\n]"));
        QCOMPARE(ok(QStringLiteral("refused")).out, QByteArray("no refused requests\n"));
        expectError(QStringLiteral("message list --channel general"),
                    QStringLiteral("no channel \"general\" (no channel exists yet)"));
    }
};

QTEST_GUILESS_MAIN(TestCliProcessing)
#include "test_cli_processing.moc"
