// The pure mapping engine: payload + mapping + user -> changes or the first failure's reason.
#include "mapping/changeplanner.h"
#include "mapping/messagetemplate.h"
#include "payload/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hb::mapping;

namespace {

QJsonValue json(const char *text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text));
    if (document.isArray())
        return document.array();
    return document.object();
}

const QList<CustomField> communityFields{
    {QStringLiteral("total-deposit"), QStringLiteral("Total deposit"), FieldType::Number},
    {QStringLiteral("nickname"), QStringLiteral("Nickname"), FieldType::Text},
    {QStringLiteral("birthday"), QStringLiteral("Birthday"), FieldType::Date},
    {QStringLiteral("vip"), QStringLiteral("VIP"), FieldType::Boolean},
};

Webhook webhookWith(QList<FieldMapping> fields, QList<CurrencyMapping> currencies = {})
{
    Webhook webhook;
    webhook.name = QStringLiteral("Deposit bonus");
    webhook.user = {Identifier::Email, QStringLiteral("/customer/email")};
    webhook.fields = std::move(fields);
    webhook.currencies = std::move(currencies);
    return webhook;
}

FieldMapping field(const char *key, Operator op, const char *path)
{
    return {QString::fromLatin1(key), op, QString::fromLatin1(path)};
}

// Rows expect either a plan or, after '!', the reason planning fails with. Checks which of the two
// came; true when there is a plan whose values the test then checks.
bool plannedAsExpected(const hb::Result<ChangePlan> &plan, const QString &expected)
{
    const bool failure = expected.startsWith(QLatin1Char('!'));
    // The checks sit in a lambda because QVERIFY returns, and this function returns a value.
    [&] {
        if (failure) {
            QVERIFY(!plan.ok());
            QCOMPARE(plan.error(), expected.mid(1));
        } else {
            QVERIFY2(plan.ok(), qPrintable(plan.error()));
        }
    }();
    return !failure && plan.ok();
}

} // namespace

class TestChangePlanner : public QObject {
    Q_OBJECT

private slots:
    void userIdentifierIsReadAndTrimmed()
    {
        const Webhook webhook = webhookWith({});
        auto identifier = ChangePlanner::userIdentifier(
            webhook, json(R"({"customer": {"email": "  Ann@Example.com "}})"));
        QVERIFY2(identifier.ok(), qPrintable(identifier.error()));
        QCOMPARE(*identifier, QStringLiteral("Ann@Example.com"));
    }

    void userIdentifierMissingPathFails()
    {
        auto identifier = ChangePlanner::userIdentifier(webhookWith({}), json(R"({"amount": 1})"));
        QVERIFY(!identifier.ok());
        QCOMPARE(identifier.error(), QStringLiteral("path /customer/email not found in payload"));
    }

    void userIdentifierMustBeText()
    {
        auto identifier =
            ChangePlanner::userIdentifier(webhookWith({}), json(R"({"customer": {"email": 5}})"));
        QVERIFY(!identifier.ok());
        QCOMPARE(identifier.error(), QStringLiteral("value 5 at /customer/email is not an email"));
    }

    void operatorsByType_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("oldValue"); // "" = unset
        QTest::addColumn<QString>("expected"); // new value, or "!reason"

        const int add = int(Operator::Add), sub = int(Operator::Subtract),
                  over = int(Operator::Overwrite);
        const auto row = [](const char *name, const char *key, int op, const char *payload,
                            const char *oldValue, const QString &expected) {
            QTest::newRow(name) << QString::fromLatin1(key) << op << QString::fromUtf8(payload)
                                << QString::fromLatin1(oldValue) << expected;
        };
        const auto fails = [](const char *reason) -> QString {
            return QLatin1Char('!') + QString::fromUtf8(reason);
        };
        const auto notA = [](const char *value, const char *what) {
            return QStringLiteral("!value %1 at /v is not %2")
                .arg(QString::fromUtf8(value), QLatin1String(what));
        };
        row("number add", "total-deposit", add, R"({"v": 12.5})", "10", QStringLiteral("22.5"));
        row("number add exact", "total-deposit", add, R"({"v": 0.2})", "0.1",
            QStringLiteral("0.3"));
        row("number add string", "total-deposit", add, R"({"v": " 7 "})", "1", QStringLiteral("8"));
        row("number add unset", "total-deposit", add, R"({"v": "12.50"})", "",
            QStringLiteral("12.5"));
        row("number subtract", "total-deposit", sub, R"({"v": 2.5})", "10", QStringLiteral("7.5"));
        row("number subtract unset", "total-deposit", sub, R"({"v": 3})", "", QStringLiteral("-3"));
        row("number overwrite", "total-deposit", over, R"({"v": "1.50"})", "10",
            QStringLiteral("1.5"));
        row("number overwrite non-number", "total-deposit", over, R"({"v": "abc"})", "10",
            notA(R"("abc")", "a number"));
        row("number add bool", "total-deposit", add, R"({"v": true})", "",
            notA("true", "a number"));
        row("number add thousands", "total-deposit", add, R"({"v": "1,000"})", "",
            notA(R"("1,000")", "a number"));
        row("number add empty", "total-deposit", add, R"({"v": ""})", "",
            notA(R"("")", "a number"));
        row("text overwrite string", "nickname", over, R"({"v": "Ann"})", "Bo",
            QStringLiteral("Ann"));
        row("text overwrite number", "nickname", over, R"({"v": 12.5})", "",
            QStringLiteral("12.5"));
        row("text overwrite bool", "nickname", over, R"({"v": false})", "",
            QStringLiteral("false"));
        row("text overwrite object", "nickname", over, R"({"v": {"a": 1}})", "",
            notA(R"({"a":1})", "text"));
        row("date overwrite", "birthday", over, R"({"v": "2026-11-26"})", "",
            QStringLiteral("2026-11-26"));
        row("date-time overwrite", "birthday", over, R"({"v": "2026-11-26T16:45:32Z"})", "",
            QStringLiteral("2026-11-26T16:45:32Z"));
        row("date not iso", "birthday", over, R"({"v": "26/11"})", "",
            notA(R"("26/11")", "an ISO 8601 date"));
        row("date impossible", "birthday", over, R"({"v": "2026-02-30"})", "",
            notA(R"("2026-02-30")", "an ISO 8601 date"));
        row("date number", "birthday", over, R"({"v": 20261126})", "",
            notA("20261126", "an ISO 8601 date"));
        row("boolean true", "vip", over, R"({"v": true})", "false", QStringLiteral("true"));
        row("boolean string 0", "vip", over, R"({"v": "0"})", "true", QStringLiteral("false"));
        row("boolean string 1", "vip", over, R"({"v": "1"})", "", QStringLiteral("true"));
        row("boolean string false", "vip", over, R"({"v": "false"})", "", QStringLiteral("false"));
        row("boolean maybe", "vip", over, R"({"v": "maybe"})", "", notA(R"("maybe")", "a boolean"));
        // Only number fields take add and subtract.
        const struct {
            const char *type, *key, *payload;
        } overwriteOnly[] = {{"text", "nickname", R"({"v": "x"})"},
                             {"date", "birthday", R"({"v": "2026-11-26"})"},
                             {"boolean", "vip", R"({"v": true})"}};
        for (const auto &field : overwriteOnly) {
            for (const auto &[op, name] : {std::pair{add, "add"}, std::pair{sub, "subtract"}}) {
                const QString tag =
                    QStringLiteral("%1 %2").arg(QLatin1String(field.type), QLatin1String(name));
                row(qPrintable(tag), field.key, op, field.payload, "",
                    QStringLiteral("!operator \"%1\" is not allowed for %2 field \"%3\" (only "
                                   "overwrite)")
                        .arg(QLatin1String(name), QLatin1String(field.type),
                             QLatin1String(field.key)));
            }
        }
        row("missing path", "total-deposit", add, R"({"w": 1})", "",
            fails("path /v not found in payload"));
        row("removed field", "gone", over, R"({"v": 1})", "",
            fails("custom field \"gone\" no longer exists"));
    }

    void operatorsByType()
    {
        QFETCH(QString, key);
        QFETCH(int, op);
        QFETCH(QString, payload);
        QFETCH(QString, oldValue);
        QFETCH(QString, expected);

        const Webhook webhook = webhookWith({{key, Operator(op), QStringLiteral("/v")}});
        UserState user;
        if (!oldValue.isEmpty())
            user.fields.insert(key, oldValue);
        auto plan =
            ChangePlanner::plan(webhook, json(payload.toUtf8().constData()), user, communityFields);
        if (!plannedAsExpected(plan, expected))
            return;
        QCOMPARE(plan->fields.size(), 1);
        QCOMPARE(plan->fields.at(0).newValue, expected);
        QCOMPARE(plan->fields.at(0).oldValue.has_value(), !oldValue.isEmpty());
    }

    void changesJsonIsTyped()
    {
        const Webhook webhook =
            webhookWith({field("total-deposit", Operator::Add, "/amount"),
                         field("vip", Operator::Overwrite, "/vip"),
                         field("nickname", Operator::Overwrite, "/name")},
                        {{Currency::Coins, Operator::Add, QStringLiteral("/bonus")}});
        UserState user;
        user.coins = 5;
        user.fields.insert(QStringLiteral("total-deposit"), QStringLiteral("10"));
        auto plan = ChangePlanner::plan(
            webhook, json(R"({"amount": 12.5, "vip": "1", "name": "Ann", "bonus": 7})"), user,
            communityFields);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        const QJsonArray expected = json(R"([
            {"kind":"field","field":"total-deposit","operator":"add","old":10,"new":22.5},
            {"kind":"field","field":"vip","operator":"overwrite","old":null,"new":true},
            {"kind":"field","field":"nickname","operator":"overwrite","old":null,"new":"Ann"},
            {"kind":"currency","currency":"coins","operator":"add","old":5,"new":12,"delta":7}
        ])")
                                        .toArray();
        QCOMPARE(plan->toJson(), expected);
    }

    // toJsonText() is what a delivery stores: the same JSON as toJson(), for every kind of value
    // a user can send (quotes, control characters, any script, long exact decimals).
    void changesTextIsTheSameJson_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("oldValue"); // "<unset>": no value
        QTest::addColumn<QString>("newValue");
        QTest::addColumn<QString>("message");
        const int number = int(FieldType::Number), text = int(FieldType::Text);
        const QString unset = QStringLiteral("<unset>");
        QTest::newRow("decimal") << number << QStringLiteral("10") << QStringLiteral("22.5")
                                 << QStringLiteral("Ann deposited 12.5");
        QTest::newRow("unset old") << number << unset << QStringLiteral("-3") << QString();
        QTest::newRow("tiny") << number << QStringLiteral("0.000001") << QStringLiteral("1200")
                              << QString();
        QTest::newRow("15 digits") << number << QStringLiteral("123456789.012345")
                                   << QStringLiteral("999999999999999") << QString();
        QTest::newRow("2^53 exact")
            << number << QStringLiteral("9007199254740992") << QStringLiteral("0.1") << QString();
        QTest::newRow("beyond double: text")
            << number << QStringLiteral("9007199254740993")
            << QStringLiteral("123456789012345678.25") << QString();
        QTest::newRow("not canonical stored")
            << number << QStringLiteral("1,5") << QStringLiteral("7") << QString();
        QTest::newRow("quotes and backslash")
            << text << QStringLiteral("say \"hi\"") << QStringLiteral("C:\\dir\\") << QString();
        QTest::newRow("control characters")
            << text << QStringLiteral("a\tb\nc\rd") << QString::fromUtf8("\x01\x1f\b\f end")
            << QStringLiteral("line one\nline \"two\"");
        QTest::newRow("any script")
            << text << QString::fromUtf8("caf\xc3\xa9")
            << QString::fromUtf8("\xf0\x9f\x98\x80 \xe6\x97\xa5\xe6\x9c\xac")
            << QString::fromUtf8("</script> \xe2\x80\xa8 \u2029");
        QTest::newRow("boolean") << int(FieldType::Boolean) << QStringLiteral("false")
                                 << QStringLiteral("true") << QString();
        QTest::newRow("date") << int(FieldType::Date) << unset
                              << QStringLiteral("2026-11-26T16:45:32Z") << QString();
    }

    void changesTextIsTheSameJson()
    {
        QFETCH(int, type);
        QFETCH(QString, oldValue);
        QFETCH(QString, newValue);
        QFETCH(QString, message);
        ChangePlan plan;
        ChangePlan::FieldChange field;
        field.field = QStringLiteral("some-field_1");
        field.type = FieldType(type);
        field.op = Operator::Overwrite;
        if (oldValue != QLatin1String("<unset>"))
            field.oldValue = oldValue;
        field.newValue = newValue;
        plan.fields << field;
        plan.currencies << ChangePlan::CurrencyChange{
            Currency::Xp, Operator::Subtract, 9, 0, -9, {}, -1};
        if (!message.isNull())
            plan.message = ChangePlan::MessageChange{QStringLiteral("g\"eneral"), message};

        const QString text = plan.toJsonText();
        // Read as stored text is read back (JsonReader), so that numbers keep every digit.
        hb::payload::JsonReader::Error error;
        const std::optional<QJsonValue> parsed =
            hb::payload::JsonReader::read(text.toUtf8(), &error);
        QVERIFY2(parsed, qPrintable(error.message + QStringLiteral(": ") + text));
        QCOMPARE(parsed->toArray(), plan.toJson());
        // Compact, like QJsonDocument::Compact: no whitespace between tokens.
        QVERIFY(!text.contains(QStringLiteral("\": ")));
        QVERIFY(!text.contains(QStringLiteral(", \"")));
    }

    void changesTextOfAnEmptyPlan()
    {
        QCOMPARE(ChangePlan().toJsonText(), QStringLiteral("[]"));
        ChangePlan plan;
        plan.currencies << ChangePlan::CurrencyChange{
            Currency::Coins, Operator::Add, 5, 12, 7, {}, -1};
        QCOMPARE(plan.toJsonText(),
                 QStringLiteral(R"([{"kind":"currency","currency":"coins","operator":"add",)"
                                R"("old":5,"new":12,"delta":7}])"));
    }

    void twoMappingsOfOneFieldChain()
    {
        const Webhook webhook = webhookWith({field("total-deposit", Operator::Add, "/a"),
                                             field("total-deposit", Operator::Subtract, "/b")});
        auto plan = ChangePlanner::plan(webhook, json(R"({"a": 0.1, "b": 0.3})"), UserState{},
                                        communityFields);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->fields.at(0).newValue, QStringLiteral("0.1"));
        QCOMPARE(plan->fields.at(1).oldValue.value_or(QString()), QStringLiteral("0.1"));
        QCOMPARE(plan->fields.at(1).newValue, QStringLiteral("-0.2"));
    }

    void currencies_data()
    {
        QTest::addColumn<int>("currency");
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<qint64>("balance");
        QTest::addColumn<QString>("expected"); // "new delta" or "!reason"
        const int coins = int(Currency::Coins), xp = int(Currency::Xp);
        const int add = int(Operator::Add), sub = int(Operator::Subtract),
                  over = int(Operator::Overwrite);
        QTest::newRow("coins add") << coins << add << R"({"v": 7})" << qint64(5) << "12 7";
        QTest::newRow("coins add string") << coins << add << R"({"v": "7"})" << qint64(5) << "12 7";
        QTest::newRow("coins add 7.0") << coins << add << R"({"v": "7.0"})" << qint64(0) << "7 7";
        QTest::newRow("coins subtract") << coins << sub << R"({"v": 5})" << qint64(5) << "0 -5";
        QTest::newRow("coins below zero") << coins << sub << R"({"v": 9})" << qint64(5)
                                          << "!coins would go below 0 (balance 5, subtract 9)";
        QTest::newRow("coins add negative") << coins << add << R"({"v": -9})" << qint64(5)
                                            << "!coins would go below 0 (balance 5, add -9)";
        QTest::newRow("coins overwrite") << coins << over << R"({"v": 3})" << qint64(5) << "3 -2";
        QTest::newRow("coins overwrite negative")
            << coins << over << R"({"v": -1})" << qint64(5)
            << "!coins would go below 0 (balance 5, overwrite -1)";
        QTest::newRow("coins fraction") << coins << add << R"({"bonus": 2.5})" << qint64(0)
                                        << "!coins must be whole (2.5 from /bonus)";
        QTest::newRow("xp add") << xp << add << R"({"v": 100})" << qint64(0) << "100 100";
        QTest::newRow("xp not a number") << xp << add << R"({"v": "abc"})" << qint64(0)
                                         << "!value \"abc\" at /v is not a number";
        QTest::newRow("xp subtract below") << xp << sub << R"({"v": 1})" << qint64(0)
                                           << "!xp would go below 0 (balance 0, subtract 1)";
        QTest::newRow("xp missing")
            << xp << add << R"({})" << qint64(0) << "!path /v not found in payload";
    }

    void currencies()
    {
        QFETCH(int, currency);
        QFETCH(int, op);
        QFETCH(QString, payload);
        QFETCH(qint64, balance);
        QFETCH(QString, expected);
        const QString path = payload.contains(QLatin1String("bonus")) ? QStringLiteral("/bonus")
                                                                      : QStringLiteral("/v");
        const Webhook webhook = webhookWith({}, {{Currency(currency), Operator(op), path}});
        UserState user;
        user.coins = currency == int(Currency::Coins) ? balance : 0;
        user.xp = currency == int(Currency::Xp) ? balance : 0;
        auto plan =
            ChangePlanner::plan(webhook, json(payload.toUtf8().constData()), user, communityFields);
        if (!plannedAsExpected(plan, expected))
            return;
        const auto &change = plan->currencies.at(0);
        QCOMPARE(QStringLiteral("%1 %2").arg(change.newValue).arg(change.delta), expected);
        QCOMPARE(change.oldValue, balance);
    }

    void twoCurrencyMappingsChainAndCheckTheTotal()
    {
        const Webhook webhook =
            webhookWith({}, {{Currency::Coins, Operator::Add, QStringLiteral("/a")},
                             {Currency::Coins, Operator::Subtract, QStringLiteral("/b")}});
        UserState user;
        user.coins = 1;
        auto plan =
            ChangePlanner::plan(webhook, json(R"({"a": 2, "b": 4})"), user, communityFields);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error(), QStringLiteral("coins would go below 0 (balance 3, subtract 4)"));
    }

    void firstFailureWins()
    {
        const Webhook webhook = webhookWith({field("total-deposit", Operator::Add, "/amount"),
                                             field("vip", Operator::Overwrite, "/flag")});
        auto plan = ChangePlanner::plan(webhook, json(R"({"amount": "abc", "flag": "maybe"})"),
                                        UserState{}, communityFields);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error(), QStringLiteral("value \"abc\" at /amount is not a number"));
    }

    void messageTemplate()
    {
        Webhook webhook = webhookWith({});
        webhook.message = MessageMapping{QStringLiteral("general"),
                                         QStringLiteral("{{/customer/name}} deposited {{/amount}} "
                                                        "{{ /tags }} {{/ok}} {{name}}")};
        auto plan = ChangePlanner::plan(
            webhook,
            json(R"({"customer": {"name": "Ann"}, "amount": 12.50, "tags": ["a", 1], "ok": true})"),
            UserState{}, communityFields);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY(plan->message.has_value());
        QCOMPARE(plan->message->channel, QStringLiteral("general"));
        QCOMPARE(plan->message->text, QStringLiteral("Ann deposited 12.5 [\"a\",1] true {{name}}"));
        QCOMPARE(plan->toJson().last().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("message"));
    }

    void messagePlaceholderMissingFails()
    {
        auto text = MessageTemplate::render(QStringLiteral("hi {{/customer/name}}"), json("{}"));
        QVERIFY(!text.ok());
        QCOMPARE(text.error(), QStringLiteral("path /customer/name not found in payload"));
        QCOMPARE(MessageTemplate::placeholders(QStringLiteral("{{/a}} and {{/b/0}}")),
                 QStringList({QStringLiteral("/a"), QStringLiteral("/b/0")}));
    }

    void escapedPointers()
    {
        const Webhook webhook = webhookWith({field("total-deposit", Operator::Add, "/a~1b/c~0d")});
        auto plan = ChangePlanner::plan(webhook, json(R"({"a/b": {"c~d": 4}})"), UserState{},
                                        communityFields);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->fields.at(0).newValue, QStringLiteral("4"));
    }
};

QTEST_GUILESS_MAIN(TestChangePlanner)
#include "test_changeplanner.moc"
