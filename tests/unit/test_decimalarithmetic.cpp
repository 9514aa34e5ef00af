// Exact decimal arithmetic for transform steps: multiply, divide, round (SPEC §2), no doubles.
#include "payload/decimal.h"

#include <QTest>

using hb::payload::Decimal;

namespace {

Decimal dec(const char *text)
{
    const std::optional<Decimal> value = Decimal::fromString(QString::fromLatin1(text));
    if (!value)
        qFatal("bad test decimal %s", text);
    return *value;
}

QString text(const std::optional<Decimal> &value)
{
    return value ? value->toString() : QStringLiteral("nullopt");
}

} // namespace

class TestDecimalArithmetic : public QObject {
    Q_OBJECT

private slots:
    void multiply_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cents") << "12345"
                               << "0.01"
                               << "123.45";
        QTest::newRow("tenths") << "0.1"
                                << "0.2"
                                << "0.02";
        QTest::newRow("negative") << "-2.5"
                                  << "4"
                                  << "-10";
        QTest::newRow("zero") << "0"
                              << "123.456"
                              << "0";
        QTest::newRow("38 digits stay") << "12345678901234567890123456789012345678"
                                        << "1"
                                        << "12345678901234567890123456789012345678";
        // 2^64 * 5^20 overflows 128 bits on the way but ends with zeros it sheds.
        QTest::newRow("wide product, exact") << "18446744073709551616"
                                             << "95367431640625"
                                             << "1759218604441600000000000000000000";
        QTest::newRow("over 38 digits") << "12345678901234567890123456789012345678"
                                        << "10"
                                        << "nullopt";
        QTest::newRow("over 38 places") << "0.0000000000000000000001"
                                        << "0.0000000000000000001"
                                        << "nullopt";
        QTest::newRow("wide, too many digits") << "99999999999999999999"
                                               << "99999999999999999999"
                                               << "nullopt";
    }
    void multiply()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, expected);
        QCOMPARE(text(dec(left.toLatin1()).multiply(dec(right.toLatin1()))), expected);
    }

    void divide_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cents") << "12345"
                               << "100"
                               << "123.45";
        QTest::newRow("terminates long") << "1"
                                         << "1024"
                                         << "0.0009765625";
        QTest::newRow("thirds half-even at 18") << "1"
                                                << "3"
                                                << "0.333333333333333333";
        QTest::newRow("two thirds round up") << "2"
                                             << "3"
                                             << "0.666666666666666667";
        QTest::newRow("negative") << "-1"
                                  << "3"
                                  << "-0.333333333333333333";
        QTest::newRow("exact beyond 18 places") << "1"
                                                << "2097152"
                                                << "0.000000476837158203125";
        QTest::newRow("by a fraction") << "5"
                                       << "0.25"
                                       << "20";
        QTest::newRow("by zero") << "5"
                                 << "0"
                                 << "nullopt";
        QTest::newRow("zero by") << "0"
                                 << "7"
                                 << "0";
        QTest::newRow("too large") << "10000000000000000000000000000000000000"
                                   << "0.001"
                                   << "nullopt";
        QTest::newRow("sevenths") << "10"
                                  << "7"
                                  << "1.428571428571428571";
    }
    void divide()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, expected);
        QCOMPARE(text(dec(left.toLatin1()).divide(dec(right.toLatin1()))), expected);
    }

    void divideRoundsOnlyWhatDoesNotEnd()
    {
        // 1/8 ends: exact, whatever the places asked for the quotients that do not.
        QCOMPARE(text(dec("1").divide(dec("8"), 2)), QStringLiteral("0.125"));
        QCOMPARE(text(dec("1").divide(dec("3"), 2)), QStringLiteral("0.33"));
        QCOMPARE(text(dec("2").divide(dec("3"), 0)), QStringLiteral("1"));
        QCOMPARE(text(dec("1").divide(dec("3"), 0)), QStringLiteral("0"));
        // 38 integer digits and a half: neither exact nor roundable without losing digits.
        QCOMPARE(text(dec("98765432109876543210987654321098765431").divide(dec("2"))),
                 QStringLiteral("nullopt"));
    }

    void round_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("places");
        QTest::addColumn<QString>("awayFromZero");
        QTest::addColumn<QString>("halfEven");
        QTest::newRow("2.5") << "2.5" << 0 << "3"
                             << "2";
        QTest::newRow("3.5") << "3.5" << 0 << "4"
                             << "4";
        QTest::newRow("-2.5") << "-2.5" << 0 << "-3"
                              << "-2";
        QTest::newRow("1.005 to 2") << "1.005" << 2 << "1.01"
                                    << "1";
        QTest::newRow("1.015 to 2") << "1.015" << 2 << "1.02"
                                    << "1.02";
        QTest::newRow("below half") << "1.2349" << 2 << "1.23"
                                    << "1.23";
        QTest::newRow("above half") << "-1.2351" << 2 << "-1.24"
                                    << "-1.24";
        QTest::newRow("already short") << "7.1" << 3 << "7.1"
                                       << "7.1";
        QTest::newRow("to zero") << "-0.4" << 0 << "0"
                                 << "0";
        QTest::newRow("38 digits") << "0.99999999999999999999999999999999999995" << 37 << "1"
                                   << "1";
    }
    void round()
    {
        QFETCH(QString, value);
        QFETCH(int, places);
        QFETCH(QString, awayFromZero);
        QFETCH(QString, halfEven);
        QCOMPARE(dec(value.toLatin1()).round(places).toString(), awayFromZero);
        QCOMPARE(dec(value.toLatin1()).roundHalfEven(places).toString(), halfEven);
    }

    void numberText()
    {
        QVERIFY(Decimal::isNumberText(u"1e400"));
        QVERIFY(Decimal::isNumberText(u" 123456789012345678901234567890123456789012 "));
        QVERIFY(Decimal::isNumberText(u"-.5E-3"));
        QVERIFY(!Decimal::isNumberText(u"abc"));
        QVERIFY(!Decimal::isNumberText(u"1,000"));
        QVERIFY(!Decimal::isNumberText(u""));
        QVERIFY(!Decimal::isNumberText(u"NaN"));
        QVERIFY(!Decimal::isNumberText(u"1e"));
    }
};

QTEST_GUILESS_MAIN(TestDecimalArithmetic)
#include "test_decimalarithmetic.moc"
