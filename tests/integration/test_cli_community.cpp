// Runs the real hookbench executable on a temporary store: fields, users and webhooks created from
// the sample files in tests/data/community and read back with --json.
#include "hookbenchprocess.h"
#include "tempstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using Run = HookbenchRun;

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("HOOKBENCH_TEST_DATA") + QStringLiteral("/community/") + name;
}

// Expected JSON lives in files: moc (Qt 6.4) misreads some raw string literals.
QJsonValue expected(const QString &name)
{
    QFile file(dataFile(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const QByteArray json = file.readAll();
    if (QJsonDocument::fromJson(json).isNull())
        qFatal("invalid JSON in %s", qPrintable(file.fileName()));
    return HookbenchRun::parseJson(json);
}

QJsonValue parse(const char *json)
{
    return HookbenchRun::parseJson(json);
}

} // namespace

class TestCliCommunity : public QObject {
    Q_OBJECT
private:
    TempStore *m_store = nullptr;
    QString m_publicUrl;

    Run run(const QStringList &arguments)
    {
        HookbenchProcess hookbench(m_store->path());
        hookbench.setEnvironment(QStringLiteral("HOOKBENCH_PUBLIC_URL"), m_publicUrl);
        return hookbench.run(arguments);
    }

    void expectError(const QStringList &arguments, const QString &message)
    {
        verifyOneLineError(run(arguments), arguments.join(QLatin1Char(' ')), message);
    }

    void ok(const QStringList &arguments)
    {
        verifySucceeded(run(arguments), arguments.join(QLatin1Char(' ')));
    }

    void createCommunityFields()
    {
        ok({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("Total deposit"),
            QStringLiteral("--type"), QStringLiteral("number")});
        ok({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("vip"),
            QStringLiteral("--type"), QStringLiteral("boolean"), QStringLiteral("--name"),
            QStringLiteral("VIP")});
        ok({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("joined"),
            QStringLiteral("--type=date")});
        ok({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("nickname"),
            QStringLiteral("--type"), QStringLiteral("text")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!HookbenchProcess::binary().isEmpty(), "HOOKBENCH_BIN is not set");
    }
    void init()
    {
        m_store = new TempStore;
        m_publicUrl.clear();
    }
    void cleanup() { delete m_store; }

    void fields()
    {
        const Run added = run({QStringLiteral("--json"), QStringLiteral("field"),
                               QStringLiteral("add"), QStringLiteral("Deposit amount"),
                               QStringLiteral("--type"), QStringLiteral("number")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.json(),
                 parse(R"({"key": "deposit-amount", "name": "Deposit amount", "type": "number"})"));
        ok({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("vip"),
            QStringLiteral("--type"), QStringLiteral("boolean"), QStringLiteral("--name"),
            QStringLiteral("VIP member")});
        const Run list =
            run({QStringLiteral("field"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json(), parse(R"([
            {"key": "deposit-amount", "name": "Deposit amount", "type": "number"},
            {"key": "vip", "name": "VIP member", "type": "boolean"}])"));
        const Run plain = run({QStringLiteral("field"), QStringLiteral("list")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains("vip") && plain.out.contains("VIP member")
                     && plain.out.contains("KEY"),
                 plain.out.constData());

        ok({QStringLiteral("field"), QStringLiteral("remove"), QStringLiteral("vip")});
        const Run after =
            run({QStringLiteral("--json"), QStringLiteral("field"), QStringLiteral("list")});
        QCOMPARE(after.json().toArray().size(), 1);
    }

    void fieldErrors()
    {
        ok({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("level"),
            QStringLiteral("--type"), QStringLiteral("number")});
        expectError({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("level"),
                     QStringLiteral("--type"), QStringLiteral("text")},
                    QStringLiteral("custom field \"level\" already exists"));
        expectError({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("x"),
                     QStringLiteral("--type"), QStringLiteral("money")},
                    QStringLiteral("unknown field type \"money\" (expected number, text, date or "
                                   "boolean)"));
        expectError({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("x")},
                    QStringLiteral("field add needs --type (number, text, date or boolean)"));
        expectError({QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("a.b"),
                     QStringLiteral("--type"), QStringLiteral("text")},
                    QStringLiteral("invalid field key \"a.b\": use only lower-case letters, "
                                   "digits, - and _ (\".\" is not allowed)"));
        expectError({QStringLiteral("field"), QStringLiteral("remove"), QStringLiteral("ghost")},
                    QStringLiteral("no custom field \"ghost\""));
        expectError(
            {QStringLiteral("field"), QStringLiteral("relabel")},
            QStringLiteral(
                "unknown field command \"relabel\" (expected add, list, remove or rename)"));
        expectError({QStringLiteral("field"), QStringLiteral("list"), QStringLiteral("--colour"),
                     QStringLiteral("red")},
                    QStringLiteral("unknown option --colour (this command takes none)"));
    }

    void importUsersAndShowThem()
    {
        createCommunityFields();
        const Run imported = run({QStringLiteral("user"), QStringLiteral("import"),
                                  dataFile(QStringLiteral("users.csv"))});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.out, QByteArray("imported 3 users\n"));

        const Run alice = run({QStringLiteral("user"), QStringLiteral("show"),
                               QStringLiteral("ALICE@example.com"), QStringLiteral("--json")});
        QCOMPARE(alice.exitCode, 0);
        QCOMPARE(alice.json(), expected(QStringLiteral("expected-user-alice.json")));

        const Run bob = run({QStringLiteral("--json"), QStringLiteral("user"),
                             QStringLiteral("show"), QStringLiteral("bob")});
        QCOMPARE(bob.exitCode, 0);
        QCOMPARE(bob.json(), expected(QStringLiteral("expected-user-bob.json")));

        const Run list =
            run({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray users = list.json().toArray();
        QCOMPARE(users.size(), 3);
        QCOMPARE(users.at(2), parse(R"({
            "email": "carol@example.com", "username": "carol", "display_name": "",
            "coins": 5, "xp": 0,
            "fields": {"total-deposit": 0.1, "vip": null, "joined": "2026-01-02T10:00:00Z",
                       "nickname": null}})"));

        const Run plain =
            run({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("alice")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains("Alice, the first") && plain.out.contains("12.5"),
                 plain.out.constData());
    }

    void addUser()
    {
        const Run added =
            run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                 QStringLiteral(" Dana@Example.com "), QStringLiteral("--username"),
                 QStringLiteral("dana"), QStringLiteral("--name"), QStringLiteral("Dana D"),
                 QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.json(), parse(R"({"email": "Dana@Example.com", "username": "dana",
            "display_name": "Dana D", "coins": 0, "xp": 0, "fields": {}})"));
        expectError({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                     QStringLiteral("dana@example.COM"), QStringLiteral("--username"),
                     QStringLiteral("other")},
                    QStringLiteral("a user with email \"dana@example.COM\" already exists"));
        expectError({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                     QStringLiteral("x@example.com"), QStringLiteral("--username"),
                     QStringLiteral("dana")},
                    QStringLiteral("a user with username \"dana\" already exists"));
        expectError({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                     QStringLiteral("x@example.com")},
                    QStringLiteral("user add needs --email and --username"));
    }

    void userErrors()
    {
        createCommunityFields();
        expectError(
            {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("nobody@example.com")},
            QStringLiteral("no user with email \"nobody@example.com\""));
        expectError({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("nobody")},
                    QStringLiteral("no user with username \"nobody\""));
        const QString duplicate = dataFile(QStringLiteral("users-duplicate-email.csv"));
        ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
            QStringLiteral("alice@example.com"), QStringLiteral("--username"),
            QStringLiteral("alice")});
        expectError({QStringLiteral("user"), QStringLiteral("import"), duplicate},
                    duplicate
                        + QStringLiteral(": line 3: a user with email \"ALICE@example.com\" "
                                         "already exists (nothing was imported)"));
        const QString unknown = dataFile(QStringLiteral("users-unknown-column.csv"));
        expectError({QStringLiteral("user"), QStringLiteral("import"), unknown},
                    unknown
                        + QStringLiteral(": line 1: unknown column \"level\" (expected email, "
                                         "username, display_name, coins, xp or a custom field "
                                         "key) (nothing was imported)"));
        const QString badNumber = dataFile(QStringLiteral("users-bad-number.csv"));
        expectError({QStringLiteral("user"), QStringLiteral("import"), badNumber},
                    badNumber
                        + QStringLiteral(": line 3: field \"total-deposit\": \"1,000\" is "
                                         "not a number (nothing was imported)"));
        // Only the user added by hand is there: no file was half-imported.
        const Run list =
            run({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(list.json().toArray().size(), 1);
        expectError(
            {QStringLiteral("user"), QStringLiteral("import"), QStringLiteral("/nonexistent.csv")},
            QStringLiteral("/nonexistent.csv: cannot read /nonexistent.csv: No such file "
                           "or directory (nothing was imported)"));
    }

    void importWebhookAndExportIt()
    {
        createCommunityFields();
        const QString file = dataFile(QStringLiteral("deposit-bonus.json"));
        const Run imported = run(
            {QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("import"), file});
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject summary = imported.json().toObject();
        QCOMPARE(summary.value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("Deposit bonus")));
        QCOMPARE(summary.value(QStringLiteral("token")),
                 QJsonValue(QStringLiteral("dGVzdC10b2tlbi1mb3ItZGVwb3NpdC1ib251cw")));
        QCOMPARE(summary.value(QStringLiteral("url")),
                 QJsonValue(QStringLiteral(
                     "http://127.0.0.1:8080/hooks/dGVzdC10b2tlbi1mb3ItZGVwb3NpdC1ib251cw")));
        QCOMPARE(summary.value(QStringLiteral("enabled")), QJsonValue(true));

        // Export gives the same file back, re-importable.
        QFile original(file);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(original.readAll()).object();
        const Run exported = run(
            {QStringLiteral("webhook"), QStringLiteral("export"), QStringLiteral("Deposit bonus")});
        QCOMPARE(exported.exitCode, 0);
        QJsonObject withDefaults = expected;
        withDefaults.insert(QStringLiteral("enabled"), true);
        QCOMPARE(exported.json().toObject(), withDefaults);

        ok({QStringLiteral("webhook"), QStringLiteral("remove"), QStringLiteral("Deposit bonus")});
        QFile copy(m_store->folder() + QStringLiteral("/exported.json"));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(exported.out);
        copy.close();
        ok({QStringLiteral("webhook"), QStringLiteral("import"), copy.fileName()});
        const Run again = run(
            {QStringLiteral("webhook"), QStringLiteral("export"), QStringLiteral("Deposit bonus")});
        QCOMPARE(again.out, exported.out);
    }

    void listWebhooks()
    {
        createCommunityFields();
        m_publicUrl = QStringLiteral("https://hooks.example.org/");
        ok({QStringLiteral("webhook"), QStringLiteral("import"),
            dataFile(QStringLiteral("deposit-bonus.json"))});
        const Run levelUp = run({QStringLiteral("webhook"), QStringLiteral("import"),
                                 dataFile(QStringLiteral("level-up.json"))});
        QCOMPARE(levelUp.exitCode, 0);
        QVERIFY2(levelUp.out.contains(
                     QByteArray(QByteArray("url:     https:") + "//hooks.example.org/hooks/")),
                 levelUp.out.constData());
        const Run list =
            run({QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray webhooks = list.json().toArray();
        QCOMPARE(webhooks.size(), 2);
        QCOMPARE(webhooks.at(0), expected(QStringLiteral("expected-webhook-list-entry.json")));
        const QJsonObject second = webhooks.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("name")), QJsonValue(QStringLiteral("Level up")));
        QCOMPARE(second.value(QStringLiteral("enabled")), QJsonValue(false));
        const QString token = second.value(QStringLiteral("token")).toString();
        QVERIFY2(token.size() >= 22, qPrintable(token)); // generated: 128 bits or more
        QCOMPARE(second.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://hooks.example.org/hooks/") + token);

        const Run plain = run({QStringLiteral("webhook"), QStringLiteral("list")});
        QVERIFY2(plain.out.contains("Level up") && plain.out.contains("no"), plain.out.constData());
    }

    void webhookErrors()
    {
        createCommunityFields();
        const QString badOperator = dataFile(QStringLiteral("bad-operator.json"));
        expectError({QStringLiteral("webhook"), QStringLiteral("import"), badOperator},
                    badOperator
                        + QStringLiteral(": fields[1].operator: \"add\" is not allowed for "
                                         "text field \"nickname\" (only overwrite)"));
        const QString badKey = dataFile(QStringLiteral("bad-key.json"));
        expectError(
            {QStringLiteral("webhook"), QStringLiteral("import"), badKey},
            badKey + QStringLiteral(": encryption.key: must be exactly 32 characters (got 31)"));
        const QString badJson = dataFile(QStringLiteral("bad-json.json"));
        expectError({QStringLiteral("webhook"), QStringLiteral("import"), badJson},
                    badJson
                        + QStringLiteral(": invalid JSON at offset 50: missing a comma or '}' "
                                         "after an object member"));
        const QString deposit = dataFile(QStringLiteral("deposit-bonus.json"));
        ok({QStringLiteral("webhook"), QStringLiteral("import"), deposit});
        expectError({QStringLiteral("webhook"), QStringLiteral("import"), deposit},
                    QStringLiteral("a webhook named \"Deposit bonus\" already exists"));
        expectError({QStringLiteral("webhook"), QStringLiteral("export"), QStringLiteral("Nope")},
                    QStringLiteral("no webhook named \"Nope\""));
        expectError({QStringLiteral("webhook"), QStringLiteral("remove"), QStringLiteral("Nope")},
                    QStringLiteral("no webhook named \"Nope\""));
        expectError({QStringLiteral("webhook"), QStringLiteral("import")},
                    QStringLiteral("usage: webhook import FILE.json [--replace]"));
        // Nothing of the refused files was stored.
        const Run list =
            run({QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("list")});
        QCOMPARE(list.json().toArray().size(), 1);
    }

    void removedFieldDoesNotBreakTheWebhook()
    {
        createCommunityFields();
        ok({QStringLiteral("webhook"), QStringLiteral("import"),
            dataFile(QStringLiteral("deposit-bonus.json"))});
        ok({QStringLiteral("field"), QStringLiteral("remove"), QStringLiteral("vip")});
        const Run exported = run(
            {QStringLiteral("webhook"), QStringLiteral("export"), QStringLiteral("Deposit bonus")});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.json().toObject().value(QStringLiteral("fields")).toArray().size(), 2);
        // Importing it now names the missing field.
        ok({QStringLiteral("webhook"), QStringLiteral("remove"), QStringLiteral("Deposit bonus")});
        expectError({QStringLiteral("webhook"), QStringLiteral("import"),
                     dataFile(QStringLiteral("deposit-bonus.json"))},
                    dataFile(QStringLiteral("deposit-bonus.json"))
                        + QStringLiteral(": fields[1].field: no custom field \"vip\""));
    }
};

QTEST_GUILESS_MAIN(TestCliCommunity)
#include "test_cli_community.moc"
