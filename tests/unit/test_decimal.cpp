#include "payload/decimal.h"
#include "payload/jsonnumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using hb::payload::Decimal;

namespace {

Decimal dec(const char *text)
{
    const auto value = Decimal::fromString(QString::fromLatin1(text));
    if (!value)
        qFatal("test value %s does not parse", text);
    return *value;
}

// The value a JSON document carries, parsed the way a request body is.
QJsonValue jsonValue(const char *json)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + json + "]");
    return document.array().at(0);
}

} // namespace

class TestDecimal : public QObject {
    Q_OBJECT
private slots:
    void pointOnePlusPointTwoIsExactlyPointThree()
    {
        const auto sum = dec("0.1").add(dec("0.2"));
        QVERIFY(sum);
        QCOMPARE(sum->toString(), QStringLiteral("0.3"));
        QVERIFY(*sum == dec("0.3"));
    }

    void eighteenAndThirtyDigitsStayExact()
    {
        QCOMPARE(dec("123456789012345678").toString(), QStringLiteral("123456789012345678"));
        QCOMPARE(dec("1234567890.12345678").toString(), QStringLiteral("1234567890.12345678"));
        QCOMPARE(dec("123456789012345678901234567890").toString(),
                 QStringLiteral("123456789012345678901234567890"));
        QCOMPARE(dec("-0.000000000000000000000000000001").toString(),
                 QStringLiteral("-0.000000000000000000000000000001"));
        // A double would lose the last digits here.
        const auto sum = dec("999999999999999999.99").add(dec("0.01"));
        QVERIFY(sum);
        QCOMPARE(sum->toString(), QStringLiteral("1000000000000000000"));
    }

    void bigAddsAndSubtracts()
    {
        const auto sum =
            dec("12345678901234567890123456789").add(dec("98765432109876543210987654321"));
        QVERIFY(sum);
        QCOMPARE(sum->toString(), QStringLiteral("111111111011111111101111111110"));
        const auto difference = dec("10").subtract(dec("22.5"));
        QVERIFY(difference);
        QCOMPARE(difference->toString(), QStringLiteral("-12.5"));
        const auto zero = dec("3.14").subtract(dec("3.14"));
        QVERIFY(zero);
        QCOMPARE(zero->toString(), QStringLiteral("0"));
        QVERIFY(zero->isZero());
    }

    void overflowGivesNoValue()
    {
        const Decimal big = dec("99999999999999999999999999999999999999"); // 38 nines
        QVERIFY(!big.add(dec("1")));
        QVERIFY(!big.add(dec("0.1")));
        QVERIFY(!dec("-99999999999999999999999999999999999999").subtract(dec("1")));
        QVERIFY(!dec("1e37").add(dec("1e-38")));
        // Cancelling values are fine even near the limit.
        const auto back = big.subtract(big);
        QVERIFY(back);
        QCOMPARE(back->toString(), QStringLiteral("0"));
        QVERIFY(!Decimal::fromString(u"123456789012345678901234567890123456789")); // 39 digits
    }

    void trailingZerosAreStripped_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("22.50000") << "22.50000"
                                  << "22.5";
        QTest::newRow("100") << "100"
                             << "100";
        QTest::newRow("-0.0") << "-0.0"
                              << "0";
        QTest::newRow("-0") << "-0"
                            << "0";
        QTest::newRow("0.000") << "0.000"
                               << "0";
        QTest::newRow("12.50") << "12.50"
                               << "12.5";
        QTest::newRow("007") << "007"
                             << "7";
        QTest::newRow("space 7") << " 7 "
                                 << "7";
        QTest::newRow("+3") << "+3"
                            << "3";
        QTest::newRow("-0.5") << "-0.5"
                              << "-0.5";
        QTest::newRow(".5") << ".5"
                            << "0.5";
        QTest::newRow("5.") << "5."
                            << "5";
        QTest::newRow("1e3") << "1e3"
                             << "1000";
        QTest::newRow("2.5E-2") << "2.5E-2"
                                << "0.025";
        QTest::newRow("1.5e+1") << "1.5e+1"
                                << "15";
        QTest::newRow("tab") << "\t42\n"
                             << "42";
    }
    void trailingZerosAreStripped()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        const auto value = Decimal::fromString(input);
        QVERIFY2(value, qPrintable(input));
        QCOMPARE(value->toString(), canonical);
    }

    void rejectsWhatIsNotANumber_data()
    {
        QTest::addColumn<QString>("input");
        for (const char *bad :
             {"1,000", "abc",   "",      "  ",  "NaN",  "nan",   "Infinity",     "-Infinity",
              "inf",   "1e",    "1e+",   "--1", "+-1",  "1.2.3", "0x10",         ".",
              "-",     "1 000", "12abc", "e5",  "1.5.", "١٢",    "1e99999999999"})
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }
    void rejectsWhatIsNotANumber()
    {
        QFETCH(QString, input);
        QVERIFY2(!Decimal::fromString(input), qPrintable(input));
    }

    void jsonNumbersAreTakenAsWritten_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("0.1") << QByteArray("0.1") << "0.1";
        QTest::newRow("12.5") << QByteArray("12.5") << "12.5";
        QTest::newRow("1e3") << QByteArray("1e3") << "1000";
        QTest::newRow("123456789012345") << QByteArray("123456789012345") << "123456789012345";
        QTest::newRow("-7") << QByteArray("-7") << "-7";
        QTest::newRow("0.30000000000000004")
            << QByteArray("0.30000000000000004") << "0.30000000000000004";
        QTest::newRow("int64 max") << QByteArray("9223372036854775807") << "9223372036854775807";
        QTest::newRow("string 12.50") << QByteArray("\"12.50\"") << "12.5";
        QTest::newRow("string 7") << QByteArray("\" 7 \"") << "7";
        QTest::newRow("string 18 digits")
            << QByteArray("\"123456789012345678.5\"") << "123456789012345678.5";
    }
    void jsonNumbersAreTakenAsWritten()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, canonical);
        const QJsonValue value = jsonValue(json.constData());
        QVERIFY(!value.isUndefined());
        const auto parsed = Decimal::fromJson(value);
        QVERIFY2(parsed, json.constData());
        QCOMPARE(parsed->toString(), canonical);
    }

    void jsonOtherKindsAreRejected()
    {
        QVERIFY(!Decimal::fromJson(QJsonValue(true)));
        QVERIFY(!Decimal::fromJson(QJsonValue(QJsonValue::Null)));
        QVERIFY(!Decimal::fromJson(QJsonValue(QJsonValue::Undefined)));
        QVERIFY(!Decimal::fromJson(QJsonValue(QJsonObject())));
        QVERIFY(!Decimal::fromJson(QJsonValue(QJsonArray{1})));
        QVERIFY(!Decimal::fromJson(QJsonValue(QStringLiteral("1,000"))));
        QVERIFY(!Decimal::fromJson(QJsonValue(QStringLiteral(""))));
    }

    void comparesAndOrders()
    {
        QVERIFY(dec("1.5") < dec("2"));
        QVERIFY(dec("-2") < dec("-1.5"));
        QVERIFY(dec("-0.1") < dec("0"));
        QVERIFY(dec("10") > dec("9.999999999999999999999999"));
        QVERIFY(dec("2.50") == dec("2.5"));
        QVERIFY(dec("2.5") != dec("2.51"));
        QVERIFY(dec("0.3") <= dec("0.3"));
        QVERIFY(dec("0.3") >= dec("0.3"));
        QCOMPARE(dec("1e37").compare(dec("0.00000000000000000000000000000000000001")), 1);
        QCOMPARE(dec("-1.0000000000000000000000000000000000001").compare(dec("-1")), -1);
        QCOMPARE(dec("1.0000000000000000000000000000000000001").compare(dec("1")), 1);
        QCOMPARE(Decimal().compare(dec("-0")), 0);
    }

    void integersAndSigns()
    {
        QVERIFY(dec("12.000").isInteger());
        QVERIFY(!dec("12.5").isInteger());
        QVERIFY(dec("-1").isNegative());
        QVERIFY(!dec("-0").isNegative());
        QCOMPARE(dec("42.0").toInt64(), std::optional<qint64>(42));
        QCOMPARE(dec("-9223372036854775808").toInt64(),
                 std::optional<qint64>(std::numeric_limits<qint64>::min()));
        QVERIFY(!dec("9223372036854775808").toInt64());
        QVERIFY(!dec("1.5").toInt64());
        QCOMPARE(Decimal::fromInteger(-17).toString(), QStringLiteral("-17"));
        QCOMPARE(Decimal().toString(), QStringLiteral("0"));
    }

    void toJsonIsExact()
    {
        QCOMPARE(dec("22.5").toJson(), QJsonValue(22.5));
        QCOMPARE(dec("0.3").toJson(), QJsonValue(0.3));
        QCOMPARE(dec("-3").toJson(), QJsonValue(qint64(-3)));
        QCOMPARE(dec("0").toJson(), QJsonValue(qint64(0)));
        QCOMPARE(dec("1000000").toJson(), QJsonValue(qint64(1000000)));
        // Beyond what a double holds exactly: an exact JSON number (JsonNumber), no digit lost.
        for (const char *text : {"12345678901234567890.123", "9007199254740993"}) {
            const QJsonValue exact = dec(text).toJson();
            QVERIFY(hb::payload::JsonNumber::isMarked(exact));
            QCOMPARE(hb::payload::JsonNumber::text(exact).value_or(QString()),
                     QString::fromLatin1(text));
        }
        // The JSON written out reads back as the same decimal.
        const QJsonValue out = dec("0.1").toJson();
        const QByteArray json = QJsonDocument(QJsonArray{out}).toJson(QJsonDocument::Compact);
        QCOMPARE(json, QByteArray("[0.1]"));
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "test_decimal.moc"
