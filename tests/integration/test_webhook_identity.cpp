// Webhooks are an identity, not a name (SPEC §2), and drafts keep what they receive as samples
// that change nobody until an explicit re-run (SPEC §2, §6): `hookbench serve` receives over real
// sockets while the CLI renames, replaces and re-runs from other processes, on SQLite and on
// PostgreSQL.
#include "catcherclient.h"
#include "hookbenchprocess.h"
#include "storevariant.h"
#include "temppostgres.h"
#include "tempstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QJsonObject deposit(const QString &name, bool draft, const QString &userPath)
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("draft"), draft},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("identifier"), QStringLiteral("email")},
                     {QStringLiteral("path"), userPath}}},
        {QStringLiteral("fields"),
         QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("total-deposit")},
                                {QStringLiteral("operator"), QStringLiteral("add")},
                                {QStringLiteral("path"), QStringLiteral("/amount")}}}},
        {QStringLiteral("currencies"),
         QJsonArray{QJsonObject{{QStringLiteral("currency"), QStringLiteral("coins")},
                                {QStringLiteral("operator"), QStringLiteral("add")},
                                {QStringLiteral("path"), QStringLiteral("/bonus")}}}},
    };
}

} // namespace

class TestWebhookIdentity : public QObject {
    Q_OBJECT
public:
    explicit TestWebhookIdentity(bool postgres)
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

    HookbenchRun run(const QStringList &arguments) const
    {
        return HookbenchProcess(m_location).run(arguments);
    }
    // The JSON of a command that must succeed; a failure is reported with its stderr.
    QJsonValue json(const QStringList &arguments) const
    {
        const HookbenchRun result = run(arguments + QStringList{QStringLiteral("--json")});
        if (result.exitCode != 0)
            qWarning("%s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     qPrintable(result.err));
        return result.json();
    }
    QString writeConfig(const QJsonObject &config)
    {
        static int files = 0;
        const QString path = m_files.filePath(QStringLiteral("webhook-%1.json").arg(++files));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(config).toJson());
        return path;
    }
    // Imports (or replaces) a webhook; its token.
    QString import(const QJsonObject &config, bool replace = false)
    {
        QStringList arguments{QStringLiteral("webhook"), QStringLiteral("import"),
                              writeConfig(config)};
        if (replace)
            arguments << QStringLiteral("--replace");
        return json(arguments).toObject().value(QStringLiteral("token")).toString();
    }
    std::optional<CaughtResponse> post(const QString &token, const QByteArray &body,
                                       const QByteArray &extraHeader = {})
    {
        CatcherClient client(m_url);
        QByteArray wire = CatcherClient::post("/hooks/" + token.toUtf8(), body);
        if (!extraHeader.isEmpty())
            wire.replace("Host: 127.0.0.1\r\n",
                         QByteArray("Host: 127.0.0.1\r\n" + extraHeader + "\r\n"));
        return client.request(wire);
    }
    qint64 postAccepted(const QString &token, const QByteArray &body)
    {
        const auto answer = post(token, body);
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
    QList<qint64> listed(const QStringList &filter) const
    {
        QList<qint64> ids;
        const QJsonArray rows =
            json(QStringList{QStringLiteral("delivery"), QStringLiteral("list")} + filter)
                .toArray();
        for (const QJsonValue &row : rows)
            ids << row.toObject().value(QStringLiteral("id")).toInteger();
        return ids;
    }
    QJsonObject user() const
    {
        return json({QStringLiteral("user"), QStringLiteral("show"),
                     QStringLiteral("ann@example.com")})
            .toObject();
    }

private slots:
    void init()
    {
        m_file = std::make_unique<TempStore>();
        m_location = m_file->path();
        if (m_postgres) {
            m_server = std::make_unique<TempPostgres>();
            REQUIRE_POSTGRES(*m_server);
            m_location = m_server->url();
        }
        QCOMPARE(
            run({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("Total deposit"),
                 QStringLiteral("--type"), QStringLiteral("number")})
                .exitCode,
            0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                      QStringLiteral("ann@example.com"), QStringLiteral("--username"),
                      QStringLiteral("ann")})
                     .exitCode,
                 0);
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

    // Renamed while serve runs: the URL stays, every list follows the webhook, each delivery
    // keeps the name it was received under, and what is applied from now on says the new name.
    void deliveriesFollowARenamedWebhook()
    {
        const QString token =
            import(deposit(QStringLiteral("New webhook"), false, QStringLiteral("/email")));
        QVERIFY(!token.isEmpty());
        const qint64 before =
            postAccepted(token, R"({"email":"ann@example.com","amount":10,"bonus":1})");
        QVERIFY(before > 0);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(before), QStringLiteral("success"), 20000);
        // Fails: nobody with that email, to be re-run after the rename.
        const qint64 failed =
            postAccepted(token, R"({"email":"nobody@example.com","amount":1,"bonus":1})");
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(failed), QStringLiteral("failed"), 20000);

        QCOMPARE(run({QStringLiteral("webhook"), QStringLiteral("rename"),
                      QStringLiteral("New webhook"), QStringLiteral("Deposit bonus")})
                     .exitCode,
                 0);
        const qint64 after =
            postAccepted(token, R"({"email":"ann@example.com","amount":2.5,"bonus":2})");
        QVERIFY2(after > 0, "the URL changed with the name");
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(after), QStringLiteral("success"), 20000);
        // Another webhook takes the old name: it gets none of the renamed one's deliveries.
        import(deposit(QStringLiteral("New webhook"), false, QStringLiteral("/email")));

        QCOMPARE(listed({QStringLiteral("--webhook"), QStringLiteral("Deposit bonus")}),
                 (QList<qint64>{after, failed, before}));
        QCOMPARE(listed({QStringLiteral("--webhook"), QStringLiteral("New webhook")}),
                 QList<qint64>());
        const QJsonObject first = show(before);
        QCOMPARE(first.value(QStringLiteral("webhook")).toString(),
                 QStringLiteral("Deposit bonus"));
        QCOMPARE(first.value(QStringLiteral("received_as")).toString(),
                 QStringLiteral("New webhook"));

        // The re-run applies under the current name: the user no longer exists... so make them.
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                      QStringLiteral("nobody@example.com"), QStringLiteral("--username"),
                      QStringLiteral("nobody")})
                     .exitCode,
                 0);
        QCOMPARE(
            json({QStringLiteral("delivery"), QStringLiteral("rerun"), QString::number(failed)})
                .toObject()
                .value(QStringLiteral("status"))
                .toString(),
            QStringLiteral("success"));
        const QJsonArray log = json({QStringLiteral("gamification-log")}).toArray();
        QCOMPARE(log.size(), 3);
        QStringList actions;
        for (const QJsonValue &entry : log)
            actions << entry.toObject().value(QStringLiteral("action")).toString();
        // The first was applied before the rename, the other two after it.
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("New webhook"), QStringLiteral("Deposit bonus"),
                              QStringLiteral("Deposit bonus")}));

        // Removed: its deliveries keep its last name, not the one they arrived under.
        QCOMPARE(run({QStringLiteral("webhook"), QStringLiteral("remove"),
                      QStringLiteral("Deposit bonus")})
                     .exitCode,
                 0);
        QCOMPARE(show(before).value(QStringLiteral("webhook")).toString(),
                 QStringLiteral("Deposit bonus"));
        QCOMPARE(listed({QStringLiteral("--webhook"), QStringLiteral("Deposit bonus")}).size(), 3);
    }

    // --replace keeps the id, the token and the deliveries; a key it turns on, in another
    // process, applies to the very next request (the store's change counter, not a timer).
    void replaceKeepsIdentityAndAppliesAtOnce()
    {
        const QString token =
            import(deposit(QStringLiteral("Deposit bonus"), false, QStringLiteral("/email")));
        const qint64 first =
            postAccepted(token, R"({"email":"ann@example.com","amount":1,"bonus":0})");
        QVERIFY(first > 0);

        QJsonObject keyed =
            deposit(QStringLiteral("Deposit bonus"), false, QStringLiteral("/email"));
        keyed.insert(QStringLiteral("api_key"),
                     QStringLiteral("k-0123456789abcdef0123456789abcdef"));
        QCOMPARE(import(keyed, true), token);
        const auto refused = post(token, R"({"email":"ann@example.com","amount":1})");
        QVERIFY(refused);
        QCOMPARE(refused->status, 401);
        const auto accepted = post(token, R"({"email":"ann@example.com","amount":1})",
                                   "x-api-key: k-0123456789abcdef0123456789abcdef");
        QVERIFY(accepted);
        QCOMPARE(accepted->status, 202);
        QCOMPARE(listed({QStringLiteral("--webhook"), QStringLiteral("Deposit bonus")}).size(), 2);
        QCOMPARE(json({QStringLiteral("webhook"), QStringLiteral("list")}).toArray().size(), 1);

        // Replacing a webhook that does not exist is an error that names it.
        const HookbenchRun missing =
            run({QStringLiteral("webhook"), QStringLiteral("import"),
                 writeConfig(deposit(QStringLiteral("Nope"), false, QStringLiteral("/email"))),
                 QStringLiteral("--replace")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("no webhook named \"Nope\"")),
                 qPrintable(missing.err));
    }

    // A draft answers like a live webhook but keeps a Sample that processing never applies; an
    // explicit re-run under a complete mapping does.
    void aDraftsSamplesChangeNobodyUntilApplied()
    {
        const QString draft = import(deposit(QStringLiteral("Signup"), true, QStringLiteral("")));
        QVERIFY(!draft.isEmpty());
        QCOMPARE(json({QStringLiteral("webhook"), QStringLiteral("list")})
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("draft")),
                 QJsonValue(true));
        const auto answer = post(draft, R"({"email":"ann@example.com","amount":12.5,"bonus":7})");
        QVERIFY(answer);
        QCOMPARE(answer->status, 202);
        const QJsonObject body = QJsonDocument::fromJson(answer->body).object();
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("sample"));
        const qint64 sample = body.value(QStringLiteral("delivery_id")).toInteger();

        // Processing runs (a live delivery is applied meanwhile), the sample stays one.
        const QString live =
            import(deposit(QStringLiteral("Live"), false, QStringLiteral("/email")));
        const qint64 applied =
            postAccepted(live, R"({"email":"ann@example.com","amount":1,"bonus":0})");
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(applied), QStringLiteral("success"), 20000);
        QCOMPARE(statusOf(sample), QStringLiteral("sample"));
        QCOMPARE(listed({QStringLiteral("--status"), QStringLiteral("sample")}),
                 QList<qint64>{sample});
        QCOMPARE(listed({QStringLiteral("--status"), QStringLiteral("failed")}), QList<qint64>());
        QCOMPARE(user().value(QStringLiteral("coins")).toInteger(), 0);

        // No user path yet: the re-run says so and changes nothing.
        const HookbenchRun early = run({QStringLiteral("delivery"), QStringLiteral("rerun"),
                                        QString::number(sample), QStringLiteral("--json")});
        QCOMPARE(early.exitCode, 0);
        QCOMPARE(early.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        QVERIFY2(early.object()
                     .value(QStringLiteral("reason"))
                     .toString()
                     .contains(QStringLiteral("no user path yet")),
                 early.out.constData());

        import(deposit(QStringLiteral("Signup"), true, QStringLiteral("/email")), true);
        const QJsonObject rerun =
            json({QStringLiteral("delivery"), QStringLiteral("rerun"), QString::number(sample)})
                .toObject();
        QCOMPARE(rerun.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(user().value(QStringLiteral("coins")).toInteger(), 7);
        QCOMPARE(user()
                     .value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("total-deposit")),
                 QJsonValue(13.5));

        // A live webhook whose user path is empty is refused, naming the member.
        const HookbenchRun refused =
            run({QStringLiteral("webhook"), QStringLiteral("import"),
                 writeConfig(deposit(QStringLiteral("Broken"), false, QStringLiteral(""))),
                 QStringLiteral("--json")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("user.path")), qPrintable(refused.err));
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestWebhookIdentity>(argc, argv);
}

#include "test_webhook_identity.moc"
