// Transform steps (SPEC §2) one by one and chained, with the failures they name.
#include "mapping/transformchain.h"
#include "payload/decimal.h"
#include "payload/jsonnumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hb::mapping;
using Kind = TransformStep::Kind;

namespace {

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

TransformStep step(Kind kind, const QString &operand = {})
{
    TransformStep made;
    made.kind = kind;
    made.operand = operand;
    return made;
}

TransformStep roundTo(int places)
{
    TransformStep made = step(Kind::Round);
    made.places = places;
    return made;
}

TransformStep mapStep(const char *table, const char *otherwise = nullptr)
{
    TransformStep made = step(Kind::Map);
    made.table = json(table).toObject();
    if (otherwise)
        made.otherwise = json(otherwise);
    return made;
}

// The result as comparable text: numbers by their exact text, the rest as compact JSON.
QString shown(const hb::Result<QJsonValue> &result)
{
    if (!result)
        return QStringLiteral("!") + result.error();
    if (auto number = hb::payload::JsonNumber::text(*result))
        return *number;
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{*result}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

} // namespace

Q_DECLARE_METATYPE(hb::mapping::TransformStep)

class TestTransformChain : public QObject {
    Q_OBJECT

private slots:
    void steps_data()
    {
        QTest::addColumn<TransformStep>("step");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("number from grouped text") << step(Kind::Number) << R"(" 1,234.50 ")"
                                                  << "1234.5";
        QTest::newRow("number plain text") << step(Kind::Number) << R"("7")"
                                           << "7";
        QTest::newRow("number keeps a number") << step(Kind::Number) << "2.5"
                                               << "2.5";
        QTest::newRow("number millions") << step(Kind::Number) << R"("-1,234,567")"
                                         << "-1234567";
        QTest::newRow("number bad groups") << step(Kind::Number) << R"("1,2,3")"
                                           << R"(!value "1,2,3" is not a number)";
        QTest::newRow("number short group") << step(Kind::Number) << R"("12,34")"
                                            << R"(!value "12,34" is not a number)";
        QTest::newRow("number abc") << step(Kind::Number) << R"("abc")"
                                    << R"(!value "abc" is not a number)";
        QTest::newRow("number out of range")
            << step(Kind::Number) << R"("1e400")"
            << R"(!value "1e400" is out of range (at most 38 significant digits))";
        QTest::newRow("number bool") << step(Kind::Number) << "true"
                                     << "!value true is not a number";
        QTest::newRow("multiply cents") << step(Kind::Multiply, QStringLiteral("0.01")) << "12345"
                                        << "123.45";
        QTest::newRow("multiply numeric text")
            << step(Kind::Multiply, QStringLiteral("3")) << R"("0.1")"
            << "0.3";
        QTest::newRow("multiply text") << step(Kind::Multiply, QStringLiteral("3")) << R"("x")"
                                       << R"(!value "x" is not a number)";
        QTest::newRow("divide") << step(Kind::Divide, QStringLiteral("100")) << "12345"
                                << "123.45";
        QTest::newRow("divide non-terminating") << step(Kind::Divide, QStringLiteral("3")) << "2"
                                                << "0.666666666666666667";
        QTest::newRow("divide by zero") << step(Kind::Divide, QStringLiteral("0")) << "2"
                                        << "!division by zero";
        QTest::newRow("round half away") << roundTo(0) << "2.5"
                                         << "3";
        QTest::newRow("round negative half away") << roundTo(0) << "-2.5"
                                                  << "-3";
        QTest::newRow("round 2") << roundTo(2) << "1.005"
                                 << "1.01";
        QTest::newRow("round text") << roundTo(1) << R"("0.25")"
                                    << "0.3";
        QTest::newRow("trim") << step(Kind::Trim) << R"("  Gold ")"
                              << R"("Gold")";
        QTest::newRow("trim number") << step(Kind::Trim) << "5"
                                     << "5";
        QTest::newRow("trim object") << step(Kind::Trim) << "{}"
                                     << "!value {} is not text";
        QTest::newRow("lowercase") << step(Kind::Lowercase) << R"("GoLD")"
                                   << R"("gold")";
        QTest::newRow("map") << mapStep(R"({"g": "gold", "s": "silver"})") << R"("g")"
                             << R"("gold")";
        QTest::newRow("map to number") << mapStep(R"({"g": 100})") << R"("g")"
                                       << "100";
        QTest::newRow("map a number key") << mapStep(R"({"1": "one"})") << "1.0"
                                          << R"("one")";
        QTest::newRow("map else") << mapStep(R"({"g": "gold"})", R"("none")") << R"("x")"
                                  << R"("none")";
        QTest::newRow("map no else") << mapStep(R"({"g": "gold"})") << R"("x")"
                                     << R"(!value "x" is not in the map (and there is no else))";
        QTest::newRow("date unix") << step(Kind::Date, QStringLiteral("unix")) << "1764115200"
                                   << R"("2025-11-26T00:00:00Z")";
        QTest::newRow("date unix text") << step(Kind::Date, QStringLiteral("unix")) << R"("0")"
                                        << R"("1970-01-01T00:00:00Z")";
        QTest::newRow("date unix fraction") << step(Kind::Date, QStringLiteral("unix")) << "1.5"
                                            << "!value 1.5 is not Unix seconds (a whole number)";
        QTest::newRow("date format")
            << step(Kind::Date, QStringLiteral("dd/MM/yyyy")) << R"("26/11/2026")"
            << R"("2026-11-26")";
        QTest::newRow("date format with time")
            << step(Kind::Date, QStringLiteral("dd/MM/yyyy HH:mm")) << R"("26/11/2026 14:05")"
            << R"("2026-11-26T14:05:00Z")";
        QTest::newRow("date no match")
            << step(Kind::Date, QStringLiteral("dd/MM/yyyy")) << R"("2026-11-26")"
            << R"(!value "2026-11-26" does not match the date format "dd/MM/yyyy")";
        QTest::newRow("date invalid day")
            << step(Kind::Date, QStringLiteral("dd/MM/yyyy")) << R"("31/02/2026")"
            << R"(!value "31/02/2026" does not match the date format "dd/MM/yyyy")";
    }
    void steps()
    {
        QFETCH(TransformStep, step);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(shown(TransformChain::applyStep(step, json(input.toUtf8().constData()))),
                 expected);
    }

    void chainNamesTheStepThatFails()
    {
        const QList<TransformStep> chain{step(Kind::Trim),
                                         step(Kind::Divide, QStringLiteral("100"))};
        QCOMPARE(shown(TransformChain::apply(chain, json(R"("abc")"))),
                 QStringLiteral(R"(!step 2 (divide): value "abc" is not a number)"));
    }

    void chainAppliesInOrderAndReportsEachStep()
    {
        const QList<TransformStep> chain{step(Kind::Number),
                                         step(Kind::Multiply, QStringLiteral("0.01")), roundTo(1)};
        QList<QJsonValue> results;
        const auto value = TransformChain::apply(chain, json(R"(" 12,345 ")"), &results);
        QCOMPARE(shown(value), QStringLiteral("123.5"));
        QCOMPARE(results.size(), 3);
        QCOMPARE(shown(results.at(0)), QStringLiteral("12345"));
        QCOMPARE(shown(results.at(1)), QStringLiteral("123.45"));
        QCOMPARE(shown(TransformChain::apply({}, json("5"))), QStringLiteral("5"));
    }

    void digitsSurviveEveryStep()
    {
        // 30 digits: more than a double holds; each step keeps every one.
        const QJsonValue big = hb::payload::JsonNumber::fromText(u"123456789012345678901234567890");
        const QList<TransformStep> chain{step(Kind::Multiply, QStringLiteral("0.01")),
                                         step(Kind::Divide, QStringLiteral("10"))};
        QCOMPARE(shown(TransformChain::apply(chain, big)),
                 QStringLiteral("123456789012345678901234567.89"));
        QCOMPARE(
            shown(TransformChain::apply({step(Kind::Multiply, QStringLiteral("1e20"))}, big)),
            QStringLiteral(
                "!step 1 (multiply): 123456789012345678901234567890 * 100000000000000000000 is "
                "out of range (at most 38 significant digits)"));
    }
};

QTEST_GUILESS_MAIN(TestTransformChain)
#include "test_transformchain.moc"
