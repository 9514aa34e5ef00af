// The configuration file's `when`, `transform`, `default` and `for_each` (SPEC §2): the SPEC's
// examples round trip, and every invalid one is refused naming the member.
#include "mapping/webhookconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hb::mapping;

namespace {

const QList<CustomField> communityFields{
    {QStringLiteral("total-deposit"), QStringLiteral("Total deposit"), FieldType::Number},
    {QStringLiteral("winnings"), QStringLiteral("Winnings"), FieldType::Number},
    {QStringLiteral("nickname"), QStringLiteral("Nickname"), FieldType::Text},
    {QStringLiteral("joined"), QStringLiteral("Joined"), FieldType::Date},
    {QStringLiteral("vip"), QStringLiteral("VIP"), FieldType::Boolean},
};

QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A webhook around one member under test.
QString withMembers(const QString &members)
{
    return QStringLiteral(R"({"name": "W", "user": {"identifier": "email", "path": "/e"}, %1})")
        .arg(members);
}

} // namespace

class TestMappingConfig : public QObject {
    Q_OBJECT

private slots:
    void specExamplesRoundTrip_data()
    {
        QTest::addColumn<QString>("config");
        QTest::newRow("deposit with when") << QStringLiteral(R"({
            "name": "Deposit bonus", "enabled": true,
            "user": {"identifier": "email", "path": "/customer/email"},
            "fields": [{"field": "total-deposit", "operator": "add", "path": "/amount"}],
            "currencies": [{"currency": "coins", "operator": "add", "path": "/bonus"}],
            "message": {"channel": "general", "template": "{{/customer/name}} deposited {{/amount}}"},
            "when": [{"path": "/event", "operator": "equals", "value": "deposit"}]})");
        QTest::newRow("tournament") << QStringLiteral(R"({
            "name": "Tournament payout", "enabled": true,
            "user": {"identifier": "username", "path": "/player"},
            "for_each": "/results",
            "fields": [{"field": "winnings", "operator": "add", "path": "/prize_cents",
                        "transform": [{"multiply": "0.01"}], "default": "0"}],
            "currencies": [{"currency": "xp", "operator": "add", "path": "/score",
                            "transform": [{"round": 0}]}]})");
        QTest::newRow("every step and operator") << QStringLiteral(R"({
            "name": "All", "enabled": true, "user": {"identifier": "email", "path": "/e"},
            "when": [{"path": "/a", "operator": "not_equals", "value": 1},
                     {"path": "/b", "operator": "one_of", "value": ["x", 2, true]},
                     {"path": "/c", "operator": "exists"}, {"path": "/d", "operator": "missing"},
                     {"path": "/f", "operator": "greater_than", "value": 0.5},
                     {"path": "/g", "operator": "less_than", "value": 10},
                     {"path": "/h", "operator": "contains", "value": "vip"}],
            "fields": [
              {"field": "total-deposit", "operator": "add", "path": "/t",
               "transform": [{"trim": true}, {"number": true}, {"divide": "100"}, {"round": 2}]},
              {"field": "nickname", "operator": "overwrite", "path": "/n",
               "transform": [{"lowercase": true}, {"map": {"g": "gold", "s": 2}, "else": "none"}],
               "default": "g"},
              {"field": "joined", "operator": "overwrite", "path": "/j",
               "transform": [{"date": "dd/MM/yyyy"}]},
              {"field": "vip", "operator": "overwrite", "path": "/v",
               "transform": [{"map": {"yes": true, "no": false}}]}]})");
    }
    void specExamplesRoundTrip()
    {
        QFETCH(QString, config);
        auto webhook = WebhookConfig::fromJsonObject(object(config), &communityFields);
        QVERIFY2(webhook, qPrintable(webhook.error()));
        QCOMPARE(WebhookConfig::toJson(*webhook), object(config));
        auto again = WebhookConfig::fromJsonObject(WebhookConfig::toJson(*webhook), nullptr);
        QVERIFY(again);
        QCOMPARE(WebhookConfig::toJson(*again), object(config));
    }

    void parsedModel()
    {
        auto webhook = WebhookConfig::fromJsonObject(
            object(withMembers(QStringLiteral(
                R"("for_each": "/rounds/0/players", "when": [{"path": "/n", "operator": "one_of", "value": [1, 2]}],
                "currencies": [{"currency": "coins", "operator": "add", "path": "/c", "default": 5,
                                "transform": [{"multiply": 2}, {"round": 0}]}])"))),
            &communityFields);
        QVERIFY2(webhook, qPrintable(webhook.error()));
        QCOMPARE(webhook->forEach, QStringLiteral("/rounds/0/players"));
        QCOMPARE(webhook->when.size(), 1);
        QCOMPARE(webhook->when.at(0).op, ConditionOperator::OneOf);
        const CurrencyMapping &coins = webhook->currencies.at(0);
        QCOMPARE(coins.transform.size(), 2);
        QCOMPARE(coins.transform.at(0).kind, TransformStep::Kind::Multiply);
        QCOMPARE(coins.transform.at(0).operand, QStringLiteral("2")); // written back as a string
        QCOMPARE(coins.transform.at(1).places, 0);
        QCOMPARE(coins.defaultValue.value_or(QJsonValue()), QJsonValue(5));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("members");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown operator")
            << R"("when": [{"path": "/a", "operator": "bigger", "value": 1}])"
            << R"(when[0].operator: "bigger" is not one of equals, not_equals, one_of, exists, )"
               R"(missing, greater_than, less_than, contains)";
        QTest::newRow("when not an array") << R"("when": {"path": "/a"})"
                                           << "when: must be an array of conditions";
        QTest::newRow("when path")
            << R"("when": [{"path": "a", "operator": "exists"}])"
            << R"(when[0].path: "a" is not a JSON Pointer (must start with /))";
        QTest::newRow("one_of without array")
            << R"("when": [{"path": "/a", "operator": "one_of", "value": "x"}])"
            << "when[0].value: one_of takes an array of values";
        QTest::newRow("greater_than text")
            << R"("when": [{"path": "/a", "operator": "greater_than", "value": "x"}])"
            << "when[0].value: greater_than takes a number";
        QTest::newRow("equals without value") << R"("when": [{"path": "/a", "operator": "equals"}])"
                                              << "when[0].value: required";
        QTest::newRow("exists with value")
            << R"("when": [{"path": "/a", "operator": "exists", "value": 1}])"
            << "when[0].value: exists takes no value";
        QTest::newRow("when unknown member")
            << R"("when": [{"path": "/a", "operator": "exists", "vale": 1}])"
            << "when[0].vale: unknown member (expected one of path, operator, value)";
        QTest::newRow("for_each not a pointer")
            << R"("for_each": "results")"
            << R"(for_each: "results" is not a JSON Pointer (must start with /))";
        QTest::newRow("for_each not a string") << R"("for_each": 3)"
                                               << "for_each: must be a string";
        QTest::newRow("division by zero")
            << R"("fields": [{"field": "winnings", "operator": "add", "path": "/a",
                             "transform": [{"number": true}, {"divide": "0.00"}]}])"
            << "fields[0].transform[1].divide: division by zero";
        QTest::newRow("multiply not a number")
            << R"("fields": [{"field": "winnings", "operator": "add", "path": "/a",
                             "transform": [{"multiply": "abc"}]}])"
            << R"(fields[0].transform[0].multiply: "abc" is not a number)";
        QTest::newRow("unknown step")
            << R"("fields": [{"field": "winnings", "operator": "add", "path": "/a",
                             "transform": [{"sqrt": true}]}])"
            << R"(fields[0].transform[0]: unknown step "sqrt" (expected one of number, multiply, )"
               R"(divide, round, trim, lowercase, map, date))";
        QTest::newRow("two steps in one")
            << R"("fields": [{"field": "winnings", "operator": "add", "path": "/a",
                             "transform": [{"divide": "2", "multiply": "3"}]}])"
            << R"(fields[0].transform[0]: one step per object (found "divide" and "multiply"))";
        QTest::newRow("round not whole")
            << R"("currencies": [{"currency": "xp", "operator": "add", "path": "/a",
                                 "transform": [{"round": 1.5}]}])"
            << "currencies[0].transform[0].round: must be a whole number of places from 0 to 38";
        QTest::newRow("number not true")
            << R"("fields": [{"field": "winnings", "operator": "add", "path": "/a",
                             "transform": [{"number": false}]}])"
            << "fields[0].transform[0].number: must be true";
        QTest::newRow("else without map")
            << R"("fields": [{"field": "nickname", "operator": "overwrite", "path": "/a",
                             "transform": [{"trim": true, "else": "x"}]}])"
            << "fields[0].transform[0].else: only a map step has else";
        QTest::newRow("date into number field")
            << R"("fields": [{"field": "winnings", "operator": "overwrite", "path": "/a",
                             "transform": [{"date": "unix"}]}])"
            << R"(fields[0].transform[0].date: gives a date, which number field "winnings" )"
               R"(cannot take)";
        QTest::newRow("number into boolean field")
            << R"("fields": [{"field": "vip", "operator": "overwrite", "path": "/a",
                             "transform": [{"number": true}, {"trim": true}]}])"
            << R"(fields[0].transform[0].number: gives a number, which boolean field "vip" )"
               R"(cannot take)";
        QTest::newRow("date into coins")
            << R"("currencies": [{"currency": "coins", "operator": "add", "path": "/a",
                                 "transform": [{"date": "unix"}]}])"
            << "currencies[0].transform[0].date: gives a date, which coins cannot take";
        QTest::newRow("default null")
            << R"("fields": [{"field": "winnings", "operator": "add", "path": "/a", "default": null}])"
            << "fields[0].default: must be a value (leave it out for none)";
        QTest::newRow("transform not an array")
            << R"("fields": [{"field": "winnings", "operator": "add", "path": "/a",
                             "transform": {"round": 2}}])"
            << "fields[0].transform: must be an array of steps";
    }
    void refusals()
    {
        QFETCH(QString, members);
        QFETCH(QString, error);
        auto webhook =
            WebhookConfig::fromJsonObject(object(withMembers(members)), &communityFields);
        QVERIFY(!webhook);
        QCOMPARE(webhook.error(), error);
    }
};

QTEST_GUILESS_MAIN(TestMappingConfig)
#include "test_mappingconfig.moc"
