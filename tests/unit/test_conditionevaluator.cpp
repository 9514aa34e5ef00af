// `when` conditions (SPEC §2): every operator, exact numbers, and the Skipped reason's words.
#include "mapping/conditionevaluator.h"
#include "payload/jsonnumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hb::mapping;

namespace {

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

Condition condition(const char *path, ConditionOperator op, const char *value = nullptr)
{
    Condition made;
    made.path = QString::fromLatin1(path);
    made.op = op;
    made.value = value ? json(value) : QJsonValue(QJsonValue::Undefined);
    return made;
}

const QJsonValue payload = json(R"({"event": "deposit", "amount": 12.50, "text_amount": " 12.5 ",
    "tags": ["vip", "new", 7], "note": "first deposit today", "none": null, "flag": true})");

} // namespace

Q_DECLARE_METATYPE(hb::mapping::Condition)

class TestConditionEvaluator : public QObject {
    Q_OBJECT

private slots:
    void operators_data()
    {
        using Op = ConditionOperator;
        QTest::addColumn<Condition>("condition");
        QTest::addColumn<bool>("holds");
        QTest::newRow("equals text") << condition("/event", Op::Equals, R"("deposit")") << true;
        QTest::newRow("equals is exact text")
            << condition("/event", Op::Equals, R"("Deposit")") << false;
        QTest::newRow("equals number") << condition("/amount", Op::Equals, "12.5") << true;
        QTest::newRow("equals numeric text as number")
            << condition("/text_amount", Op::Equals, "12.50") << true;
        QTest::newRow("equals number, text value")
            << condition("/amount", Op::Equals, R"("12.5")") << true;
        QTest::newRow("equals number, other") << condition("/amount", Op::Equals, "12.51") << false;
        QTest::newRow("equals bool") << condition("/flag", Op::Equals, "true") << true;
        QTest::newRow("equals null") << condition("/none", Op::Equals, "null") << true;
        QTest::newRow("equals missing") << condition("/nope", Op::Equals, R"("x")") << false;
        QTest::newRow("not_equals") << condition("/event", Op::NotEquals, R"("refund")") << true;
        QTest::newRow("not_equals same")
            << condition("/event", Op::NotEquals, R"("deposit")") << false;
        QTest::newRow("not_equals missing")
            << condition("/nope", Op::NotEquals, R"("deposit")") << true;
        QTest::newRow("one_of") << condition("/event", Op::OneOf, R"(["refund", "deposit"])")
                                << true;
        QTest::newRow("one_of none") << condition("/event", Op::OneOf, R"(["refund"])") << false;
        QTest::newRow("one_of numbers") << condition("/amount", Op::OneOf, "[1, 12.5]") << true;
        QTest::newRow("exists") << condition("/event", Op::Exists) << true;
        QTest::newRow("exists null") << condition("/none", Op::Exists) << false;
        QTest::newRow("exists missing") << condition("/nope", Op::Exists) << false;
        QTest::newRow("missing") << condition("/nope", Op::Missing) << true;
        QTest::newRow("missing null") << condition("/none", Op::Missing) << true;
        QTest::newRow("missing present") << condition("/event", Op::Missing) << false;
        QTest::newRow("greater_than") << condition("/amount", Op::GreaterThan, "12.49") << true;
        QTest::newRow("greater_than equal")
            << condition("/amount", Op::GreaterThan, "12.5") << false;
        QTest::newRow("greater_than text number")
            << condition("/text_amount", Op::GreaterThan, "12") << true;
        QTest::newRow("greater_than not a number")
            << condition("/event", Op::GreaterThan, "1") << false;
        QTest::newRow("less_than") << condition("/amount", Op::LessThan, "12.51") << true;
        QTest::newRow("less_than missing") << condition("/nope", Op::LessThan, "1") << false;
        QTest::newRow("contains text") << condition("/note", Op::Contains, R"("deposit")") << true;
        QTest::newRow("contains text no")
            << condition("/note", Op::Contains, R"("refund")") << false;
        QTest::newRow("contains in array") << condition("/tags", Op::Contains, R"("vip")") << true;
        QTest::newRow("contains number in array")
            << condition("/tags", Op::Contains, "7.0") << true;
        QTest::newRow("contains not in array")
            << condition("/tags", Op::Contains, R"("old")") << false;
        QTest::newRow("contains on number") << condition("/amount", Op::Contains, "1") << false;
    }
    void operators()
    {
        QFETCH(Condition, condition);
        QFETCH(bool, holds);
        const auto unmet = ConditionEvaluator::firstUnmet({condition}, payload);
        QCOMPARE(!unmet.has_value(), holds);
    }

    void exactNumbersBeyondDoubles()
    {
        // A double holds neither: it would call them equal.
        const QJsonValue big = hb::payload::JsonNumber::fromText(u"12345678901234567.89");
        QVERIFY(hb::payload::JsonNumber::isMarked(big));
        Condition above = condition("", ConditionOperator::GreaterThan);
        above.value = hb::payload::JsonNumber::fromText(u"12345678901234567.88");
        QVERIFY(ConditionEvaluator::holds(above, big));
        above.value = hb::payload::JsonNumber::fromText(u"12345678901234567.89");
        QVERIFY(!ConditionEvaluator::holds(above, big));
        Condition same = condition("", ConditionOperator::Equals);
        same.value = QStringLiteral("12345678901234567.890");
        QVERIFY(ConditionEvaluator::holds(same, big));
    }

    void reasonNamesTheFirstUnmetAndTheValue()
    {
        const QList<Condition> when{
            condition("/amount", ConditionOperator::GreaterThan, "1"),
            condition("/event", ConditionOperator::Equals, R"("refund")"),
            condition("/nope", ConditionOperator::Exists),
        };
        QCOMPARE(ConditionEvaluator::firstUnmet(when, payload).value_or(QString()),
                 QStringLiteral(R"(condition /event equals "refund" not met (was "deposit"))"));
        const QList<Condition> missing{condition("/nope", ConditionOperator::Exists)};
        QCOMPARE(ConditionEvaluator::firstUnmet(missing, payload).value_or(QString()),
                 QStringLiteral("condition /nope exists not met (was missing)"));
        const QList<Condition> oneOf{
            condition("/amount", ConditionOperator::OneOf, R"([1, "two"])")};
        QCOMPARE(ConditionEvaluator::firstUnmet(oneOf, payload).value_or(QString()),
                 QStringLiteral(R"(condition /amount one_of [1,"two"] not met (was 12.5))"));
        QVERIFY(!ConditionEvaluator::firstUnmet({}, payload));
    }
};

QTEST_GUILESS_MAIN(TestConditionEvaluator)
#include "test_conditionevaluator.moc"
