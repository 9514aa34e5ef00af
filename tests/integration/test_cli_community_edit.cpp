// `user set`, `user remove`, `user export` and `field rename` (SPEC §7) through the real
// executable on a temporary store: each command, each error a user can make (one line on stderr,
// a non-zero exit), `--json` in `user show`'s shape, and `history --json` naming source `manual`.
#include "hookbenchprocess.h"
#include "tempstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCliCommunityEdit : public QObject {
    Q_OBJECT

    std::unique_ptr<TempStore> m_store;

    HookbenchRun run(const QStringList &arguments)
    {
        return HookbenchProcess(m_store->path()).run(arguments);
    }
    HookbenchRun ok(const QStringList &arguments)
    {
        const HookbenchRun result = run(arguments);
        verifySucceeded(result, arguments.join(QLatin1Char(' ')));
        return result;
    }
    void expectError(const QStringList &arguments, const QString &message)
    {
        verifyOneLineError(run(arguments), arguments.join(QLatin1Char(' ')), message);
    }
    static QStringList words(const char *line)
    {
        return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    QJsonObject show(const QString &id)
    {
        return ok({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("show"), id})
            .object();
    }

private slots:
    void initTestCase() { QVERIFY2(!HookbenchProcess::binary().isEmpty(), "HOOKBENCH_BIN"); }

    void init()
    {
        m_store = std::make_unique<TempStore>();
        for (const char *line :
             {"field add Total deposit --type number", "field add vip --type boolean",
              "field add joined --type date", "field add nickname --type text",
              "user add --email ann@example.com --username ann --name Ann",
              "user add --email bob@example.com --username bob"})
            ok(words(line));
    }

    void setAFieldByHand()
    {
        const HookbenchRun set = ok({QStringLiteral("--json"), QStringLiteral("user"),
                                     QStringLiteral("set"), QStringLiteral("ANN@example.com"),
                                     QStringLiteral("total-deposit"), QStringLiteral(" 12.50 ")});
        // The shape of `user show --json`, with the new value as a JSON number.
        QCOMPARE(set.object(), show(QStringLiteral("ann")));
        QCOMPARE(set.object()
                     .value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("total-deposit")),
                 QJsonValue(12.5));
        ok(words("user set ann vip 1"));
        ok(words("user set ann joined 2026-11-26"));
        const QJsonObject fields =
            show(QStringLiteral("ann")).value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("vip")), QJsonValue(true));
        QCOMPARE(fields.value(QStringLiteral("joined")), QJsonValue(QStringLiteral("2026-11-26")));
        // Without --json: one line, old -> new.
        QCOMPARE(ok(words("user set ann vip false")).out,
                 QByteArray("vip of ann: \"true\" -> \"false\"\n"));
        // An empty value clears.
        ok({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("ann"),
            QStringLiteral("nickname"), QStringLiteral("Annie")});
        ok({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("ann"),
            QStringLiteral("nickname"), QString()});
        QCOMPARE(show(QStringLiteral("ann"))
                     .value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("nickname")),
                 QJsonValue(QJsonValue::Null));
    }

    void historyShowsManualChanges()
    {
        ok(words("user set ann total-deposit 10"));
        ok(words("user set ann total-deposit 22.5"));
        const QJsonArray history =
            ok(words("--json history --user ann --field total-deposit")).array();
        QCOMPARE(history.size(), 2);
        const QJsonObject last = history.last().toObject();
        QCOMPARE(last.value(QStringLiteral("user")).toString(), QStringLiteral("ann@example.com"));
        QCOMPARE(last.value(QStringLiteral("field")).toString(), QStringLiteral("total-deposit"));
        QCOMPARE(last.value(QStringLiteral("old")), QJsonValue(10));
        QCOMPARE(last.value(QStringLiteral("new")), QJsonValue(22.5));
        QCOMPARE(last.value(QStringLiteral("operator")).toString(), QStringLiteral("overwrite"));
        QCOMPARE(last.value(QStringLiteral("source")).toString(), QStringLiteral("manual"));
        QVERIFY(last.value(QStringLiteral("delivery_id")).isNull());
        QVERIFY(!last.value(QStringLiteral("at")).toString().isEmpty());
    }

    void setBalancesAndIdentity()
    {
        ok(words("user set ann coins 15"));
        ok(words("user set ann xp 7"));
        ok(words("user set ann coins 5"));
        const QJsonArray log = ok(words("--json gamification-log --user ann")).array();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.last().toObject().value(QStringLiteral("delta")).toInteger(), -10);
        QCOMPARE(log.last().toObject().value(QStringLiteral("balance")).toInteger(), 5);
        QCOMPARE(log.last().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("manual"));
        ok(words("user set ann email Ann.New@example.com"));
        ok(words("user set ann.new@EXAMPLE.com username annie")); // the email matched in any case
        const QJsonObject annie = show(QStringLiteral("annie"));
        QCOMPARE(annie.value(QStringLiteral("email")).toString(),
                 QStringLiteral("Ann.New@example.com"));
        QCOMPARE(annie.value(QStringLiteral("coins")).toInteger(), 5);
        QCOMPARE(annie.value(QStringLiteral("xp")).toInteger(), 7);
    }

    void setRefusesWhatIsWrong()
    {
        expectError(words("user set nobody@example.com vip true"),
                    QStringLiteral("no user with email \"nobody@example.com\""));
        expectError(words("user set nobody vip true"),
                    QStringLiteral("no user with username \"nobody\""));
        expectError(words("user set ann ghost 1"), QStringLiteral("no custom field \"ghost\""));
        expectError(words("user set ann total-deposit 1,000"),
                    QStringLiteral("total-deposit: \"1,000\" is not a number"));
        expectError(words("user set ann joined 26/11/2026"),
                    QStringLiteral("joined: \"26/11/2026\" is not an ISO 8601 date (2026-11-26 "
                                   "or 2026-11-26T16:45:00Z)"));
        expectError(words("user set ann vip yes"),
                    QStringLiteral("vip: \"yes\" is not a boolean (true, false, 1 or 0)"));
        expectError(words("user set ann coins -3"),
                    QStringLiteral("coins must be a whole number of at least 0 (got \"-3\")"));
        expectError(words("user set ann xp 1.5"),
                    QStringLiteral("xp must be a whole number of at least 0 (got \"1.5\")"));
        expectError(words("user set ann email BOB@example.com"),
                    QStringLiteral("a user with email \"BOB@example.com\" already exists"));
        expectError(words("user set ann username bob"),
                    QStringLiteral("a user with username \"bob\" already exists"));
        expectError(words("user set ann vip"),
                    QStringLiteral("usage: user set ID KEY VALUE (KEY: a field key, coins, xp, "
                                   "email, username or display_name; an empty VALUE clears a "
                                   "field)"));
        // Nothing of the above was stored.
        const QJsonObject ann = show(QStringLiteral("ann"));
        QCOMPARE(ann.value(QStringLiteral("email")).toString(), QStringLiteral("ann@example.com"));
        QCOMPARE(ann.value(QStringLiteral("coins")).toInteger(), 0);
        QVERIFY(
            ann.value(QStringLiteral("fields")).toObject().value(QStringLiteral("vip")).isNull());
        QCOMPARE(ok(words("--json history")).array().size(), 0);
    }

    void removeAUser()
    {
        ok(words("user set ann total-deposit 3"));
        ok(words("user set ann coins 2"));
        const QJsonObject removed = ok(words("--json user remove ann@example.com")).object();
        QCOMPARE(
            removed.value(QStringLiteral("removed")).toObject().value(QStringLiteral("username")),
            QJsonValue(QStringLiteral("ann")));
        QCOMPARE(removed.value(QStringLiteral("history_rows")).toInteger(), 1);
        QCOMPARE(removed.value(QStringLiteral("gamification_rows")).toInteger(), 1);
        expectError(words("user show ann"), QStringLiteral("no user with username \"ann\""));
        expectError(words("user remove ann"), QStringLiteral("no user with username \"ann\""));
        QCOMPARE(ok(words("--json user list")).array().size(), 1);
        QCOMPARE(ok(words("user remove bob")).out,
                 QByteArray("removed user bob (bob@example.com) with 0 field history and 0 "
                            "gamification log rows; their deliveries are kept\n"));
    }

    void renameAField()
    {
        const QJsonObject renamed =
            ok({QStringLiteral("--json"), QStringLiteral("field"), QStringLiteral("rename"),
                QStringLiteral("total-deposit"), QStringLiteral("--name"),
                QStringLiteral("Deposits so far")})
                .object();
        QCOMPARE(renamed.value(QStringLiteral("key")).toString(), QStringLiteral("total-deposit"));
        QCOMPARE(renamed.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Deposits so far"));
        const QJsonArray listed = ok(words("--json field list")).array(); // by key
        QCOMPARE(listed.at(2).toObject().value(QStringLiteral("key")),
                 QJsonValue(QStringLiteral("total-deposit")));
        QCOMPARE(listed.at(2).toObject().value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("Deposits so far")));
        expectError(words("field rename ghost --name G"),
                    QStringLiteral("no custom field \"ghost\""));
        expectError({QStringLiteral("field"), QStringLiteral("rename"), QStringLiteral("vip"),
                     QStringLiteral("--name"), QStringLiteral(" ")},
                    QStringLiteral("a field's name cannot be empty"));
        expectError(words("field rename vip"),
                    QStringLiteral("usage: field rename KEY --name N (the key stays)"));
        // Removing says how many values went with the field.
        ok(words("user set bob vip true"));
        const QJsonObject gone = ok(words("--json field remove vip")).object();
        QCOMPARE(gone.value(QStringLiteral("values")).toInteger(), 1);
    }

    void exportRoundTrips()
    {
        ok({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("ann"),
            QStringLiteral("nickname"), QStringLiteral("A, \"the\" one")});
        ok(words("user set bob total-deposit 0.1"));
        ok(words("user set bob coins 4"));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("users.csv"));
        const QJsonObject exported =
            ok({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("export"),
                QStringLiteral("--output"), path})
                .object();
        QCOMPARE(exported.value(QStringLiteral("exported")).toInteger(), 2);
        const QByteArray toStdout = ok(words("user export")).out;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), toStdout);
        QVERIFY(toStdout.startsWith(
            "email,username,display_name,coins,xp,joined,nickname,total-deposit,vip\n"));
        const QJsonArray before = ok(words("--json user list")).array();

        m_store = std::make_unique<TempStore>();
        for (const char *line :
             {"field add Total deposit --type number", "field add vip --type boolean",
              "field add joined --type date", "field add nickname --type text"})
            ok(words(line));
        ok({QStringLiteral("user"), QStringLiteral("import"), path});
        QCOMPARE(ok(words("--json user list")).array(), before);
        const QString nowhere = folder.filePath(QStringLiteral("missing/users.csv"));
        const HookbenchRun refused = run({QStringLiteral("user"), QStringLiteral("export"),
                                          QStringLiteral("--output"), nowhere});
        QVERIFY(refused.ran && refused.exitCode != 0);
        QVERIFY2(
            refused.err.startsWith(QStringLiteral("hookbench: cannot write %1: ").arg(nowhere)),
            qPrintable(refused.err));
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliCommunityEdit)
#include "test_cli_community_edit.moc"
