// JsonReader and JsonWriter: JSON in and out of Qt's values without losing a digit (SPEC §1).
#include "payload/decimal.h"
#include "payload/jsonnumber.h"
#include "payload/jsonreader.h"
#include "payload/jsonwriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hb::payload;

namespace {

QJsonValue read(const QByteArray &json)
{
    JsonReader::Error error;
    const std::optional<QJsonValue> value = JsonReader::read(json, &error);
    if (!value)
        qWarning("%s at offset %lld", qPrintable(error.message), qlonglong(error.offset));
    return value.value_or(QJsonValue(QJsonValue::Undefined));
}

QByteArray compact(const QJsonValue &value)
{
    return JsonWriter::write(value, JsonWriter::Format::Compact);
}

const QString mark(QChar(JsonNumber::mark));

} // namespace

class TestJsonReaderWriter : public QObject {
    Q_OBJECT

private slots:
    // A number as written comes back with every digit: a double when one holds it exactly,
    // else its own text, marked.
    void numbersKeepEveryDigit_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("digits"); // JsonNumber::text of the value read
        QTest::addColumn<bool>("marked");
        QTest::newRow("small integer") << QByteArray("42") << QStringLiteral("42") << false;
        QTest::newRow("decimal") << QByteArray("12.5") << QStringLiteral("12.5") << false;
        QTest::newRow("0.1") << QByteArray("0.1") << QStringLiteral("0.1") << false;
        QTest::newRow("15 digits")
            << QByteArray("123456789.012345") << QStringLiteral("123456789.012345") << false;
        QTest::newRow("2^53") << QByteArray("9007199254740992")
                              << QStringLiteral("9007199254740992") << false;
        QTest::newRow("2^53 + 1") << QByteArray("9007199254740993")
                                  << QStringLiteral("9007199254740993") << true;
        QTest::newRow("the issue's")
            << QByteArray("12345678901234567.89") << QStringLiteral("12345678901234567.89") << true;
        QTest::newRow("20 digits")
            << QByteArray("12345678901234567890") << QStringLiteral("12345678901234567890") << true;
        QTest::newRow("30 digits") << QByteArray("-123456789012345.678901234567891")
                                   << QStringLiteral("-123456789012345.678901234567891") << true;
        QTest::newRow("38 digits")
            << QByteArray("1234567890123456789012345678901234567.8")
            << QStringLiteral("1234567890123456789012345678901234567.8") << true;
        QTest::newRow("0.3 and a tail") << QByteArray("0.30000000000000000001")
                                        << QStringLiteral("0.30000000000000000001") << true;
        QTest::newRow("exponent, a double holds it")
            << QByteArray("1.5e-20") << QStringLiteral("1.5e-20") << false;
        QTest::newRow("exponent, as written") << QByteArray("1.2345678901234567891E+5")
                                              << QStringLiteral("1.2345678901234567891E+5") << true;
        QTest::newRow("1e400") << QByteArray("1e400") << QStringLiteral("1e400") << true;
        QTest::newRow("-1e400") << QByteArray("-1E+400") << QStringLiteral("-1E+400") << true;
        QTest::newRow("1e-400") << QByteArray("1e-400") << QStringLiteral("1e-400") << true;
        QTest::newRow("400 digits") << QByteArray(400, '9') << QString(400, u'9') << true;
        QTest::newRow("400 digits and a fraction")
            << QByteArray(400, '7') + ".5e3" << QString(400, u'7') + QStringLiteral(".5e3") << true;
    }

    void numbersKeepEveryDigit()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, digits);
        QFETCH(bool, marked);
        // At the top level and inside containers alike.
        for (const QByteArray &text :
             QByteArrayList{json, QByteArray("[" + json + "]"),
                            QByteArray("{\"a\": [1, {\"n\":" + json + "}], \"z\": 2}")}) {
            const QJsonValue root = read(text);
            QJsonValue value = root;
            if (root.isArray())
                value = root.toArray().at(0);
            else if (root.isObject())
                value = root[QStringLiteral("a")].toArray().at(1)[QStringLiteral("n")];
            QVERIFY2(JsonNumber::isNumber(value), text.constData());
            QCOMPARE(JsonNumber::isMarked(value), marked);
            if (marked)
                QCOMPARE(JsonNumber::text(value), digits);
            else
                QCOMPARE(Decimal::fromJson(value), Decimal::fromString(digits));
        }
    }

    // -0 is the number 0 (a Decimal has no sign of zero); a double -0 made elsewhere is written
    // as Qt writes it.
    void minusZeroIsANumber()
    {
        for (const QByteArray &json : {QByteArray("-0"), QByteArray("-0.0"), QByteArray("-0e5")}) {
            const QJsonValue value = read(json);
            QVERIFY(value.isDouble());
            QCOMPARE(value.toDouble(), 0.0);
            QCOMPARE(Decimal::fromJson(value)->toString(), QStringLiteral("0"));
        }
        QCOMPARE(compact(QJsonValue(-0.0)),
                 QJsonDocument(QJsonArray{-0.0}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    }

    // Everything else is what QJsonDocument gives for the same text.
    void sameValuesAsQt_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("object") << QByteArray(
            R"({"b": [true, false, null, "x"], "a": {"c": -1.25, "d": ""}, "e": {}, "f": []})");
        // Not a raw string: moc loses its way in one with escapes.
        QTest::newRow("escapes") << QByteArray(
            "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\", \"\\u00e9\\u0000\\ud83d\\ude00\"]");
        QTest::newRow("utf-8") << QByteArray("{\"caf\xc3\xa9\": \"\xe6\x97\xa5\xf0\x9f\x98\x80\"}");
        QTest::newRow("whitespace") << QByteArray(" \t\r\n[ 1 ,\n 2 ] \n");
        QTest::newRow("many members") << [] {
            QByteArray json = "{";
            for (int i = 999; i >= 0; --i)
                json += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
            json.chop(1);
            return QByteArray(json + "}");
        }();
    }

    void sameValuesAsQt()
    {
        QFETCH(QByteArray, json);
        const QJsonDocument qt = QJsonDocument::fromJson(json);
        QVERIFY(!qt.isNull());
        const QJsonValue expected = qt.isArray() ? QJsonValue(qt.array()) : QJsonValue(qt.object());
        QCOMPARE(read(json), expected);
    }

    void scalarsAtTheTop()
    {
        QCOMPARE(read("\"text\""), QJsonValue(QStringLiteral("text")));
        QCOMPARE(read(" true "), QJsonValue(true));
        QCOMPARE(read("null"), QJsonValue(QJsonValue::Null));
        QCOMPARE(read("7"), QJsonValue(7));
    }

    void lastDuplicateKeyWins()
    {
        const QJsonObject object = read(R"({"a": 1, "b": 2, "a": {"x": 3}, "b": 4})").toObject();
        QCOMPARE(object.size(), 2);
        QCOMPARE(object.value(QStringLiteral("a")),
                 QJsonValue(QJsonObject{{QStringLiteral("x"), 3}}));
        QCOMPARE(object.value(QStringLiteral("b")), QJsonValue(4));
        // Also in an object large and unsorted enough to be sorted before it is built.
        QByteArray json = "{";
        for (int i = 0; i < 50; ++i)
            json += "\"k" + QByteArray::number(49 - i) + "\":" + QByteArray::number(i) + ",";
        json += "\"k7\":\"last\"}";
        const QJsonObject big = read(json).toObject();
        QCOMPARE(big.size(), 50);
        QCOMPARE(big.value(QStringLiteral("k7")), QJsonValue(QStringLiteral("last")));
        QCOMPARE(big.value(QStringLiteral("k8")), QJsonValue(41));
    }

    // A string that starts with the mark is text, never a number: U+FFFD takes the mark's place.
    void markedStringsFromTheWireStayText()
    {
        const QByteArray json = "[\"\xef\xb7\x90"
                                "123\", \"\\ufdd0456\", \"a\xef\xb7\x90\", "
                                "{\"\xef\xb7\x90k\": \"\xef\xb7\x90\"}]";
        const QJsonArray array = read(json).toArray();
        QCOMPARE(array.size(), 4);
        for (const QJsonValue &value : array)
            QVERIFY(!JsonNumber::isNumber(value));
        QCOMPARE(array.at(0).toString(),
                 QString(QChar::ReplacementCharacter) + QStringLiteral("123"));
        QCOMPARE(array.at(1).toString(),
                 QString(QChar::ReplacementCharacter) + QStringLiteral("456"));
        QCOMPARE(array.at(2).toString(), QStringLiteral("a") + mark); // only a leading mark
        const QJsonObject object = array.at(3).toObject();
        QCOMPARE(object.value(mark + QStringLiteral("k")).toString(),
                 QString(QChar::ReplacementCharacter));
        QCOMPARE(JsonReader::wireString(mark + QStringLiteral("1")),
                 QString(QChar::ReplacementCharacter) + QStringLiteral("1"));
    }

    void errorsSayWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("offset");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("the document is empty") << 0;
        QTest::newRow("only spaces")
            << QByteArray("  \n") << QStringLiteral("the document is empty") << 3;
        QTest::newRow("unterminated object")
            << QByteArray("{\"a\": 1")
            << QStringLiteral("missing a comma or '}' after an object member") << 7;
        QTest::newRow("two commas") << QByteArray(R"({"name": "x",, })")
                                    << QStringLiteral("missing a name for object member") << 13;
        QTest::newRow("single quotes")
            << QByteArray("{'a':1}") << QStringLiteral("missing a name for object member") << 1;
        QTest::newRow("garbage after")
            << QByteArray("{} x")
            << QStringLiteral("the document root must not be followed by other values") << 3;
        QTest::newRow("second value")
            << QByteArray("1 2")
            << QStringLiteral("the document root must not be followed by other values") << 2;
        QTest::newRow("NUL after the value")
            << QByteArray("[1]\0[2]", 7)
            << QStringLiteral("the document root must not be followed by other values") << 3;
        QTest::newRow("NUL in a string")
            << QByteArray("[\"a\0b\"]", 7)
            << QStringLiteral("missing a closing quotation mark in string") << 3;
        QTest::newRow("bad UTF-8")
            << QByteArray("[\"\xff\"]") << QStringLiteral("invalid encoding in string") << 2;
        QTest::newRow("NaN") << QByteArray("[NaN]") << QStringLiteral("invalid value") << 1;
        QTest::newRow("leading zero")
            << QByteArray("[01]") << QStringLiteral("missing a comma or ']' after an array element")
            << 2;
        QTest::newRow("lone point")
            << QByteArray("[1.]") << QStringLiteral("miss fraction part in number") << 3;
        QTest::newRow("big number, then garbage")
            << QByteArray("[1e400x]")
            << QStringLiteral("missing a comma or ']' after an array element") << 6;
        QTest::newRow("big number, bad fraction")
            << QByteArray(400, '9').prepend('[').append(".]")
            << QStringLiteral("missing a comma or ']' after an array element") << 401;
    }

    void errorsSayWhatAndWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QFETCH(int, offset);
        JsonReader::Error error;
        QVERIFY(!JsonReader::read(json, &error));
        QCOMPARE(error.message, message);
        QCOMPARE(error.offset, qsizetype(offset));
    }

    void nestingIsLimited()
    {
        const int max = JsonReader::maxDepth;
        const QByteArray deepest = QByteArray(max, '[') + QByteArray(max, ']');
        QVERIFY(JsonReader::read(deepest));
        const QByteArray objects = QByteArray("{\"a\":").repeated(max) + "1" + QByteArray(max, '}');
        QVERIFY(JsonReader::read(objects));

        JsonReader::Error error;
        QVERIFY(!JsonReader::read(QByteArray(QByteArray(max + 1, '[') + QByteArray(max + 1, ']')),
                                  &error));
        QCOMPARE(error.message, QStringLiteral("nesting deeper than 512 levels"));
        QCOMPARE(error.offset, qsizetype(max));
        // Far deeper than any stack would take, refused at the same place.
        QVERIFY(!JsonReader::read(QByteArray(1000000, '['), &error));
        QCOMPARE(error.offset, qsizetype(max));
        QVERIFY(!JsonReader::read(QByteArray("{\"a\":").repeated(max + 1), &error));
        QCOMPARE(error.offset, qsizetype(5 * max));
    }

    // A number no double holds is kept whole however long, and read fast.
    void hugeNumbersAreKeptAndFast()
    {
        const QByteArray digits = "1" + QByteArray(100 * 1024, '0');
        QElapsedTimer timer;
        timer.start();
        const QJsonValue value = read("{\"n\": " + digits + ", \"m\": -" + digits + "e-99999}");
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(JsonNumber::text(value[QStringLiteral("n")]), QString::fromLatin1(digits));
        QCOMPARE(JsonNumber::text(value[QStringLiteral("m")]),
                 QStringLiteral("-") + QString::fromLatin1(digits) + QStringLiteral("e-99999"));
        QVERIFY(!Decimal::fromJson(value[QStringLiteral("n")]));
        QVERIFY(!Decimal::fromJson(value[QStringLiteral("m")]));
        // Written back as they came.
        QCOMPARE(compact(value), QByteArray("{\"m\":-" + digits + "e-99999,\"n\":" + digits + "}"));
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    }

    void manyHugeNumbers()
    {
        QByteArray json = "[";
        for (int i = 0; i < 16; ++i)
            json += "1e" + QByteArray::number(400 + i) + ",";
        const QJsonArray array = read(json + "1]").toArray();
        QCOMPARE(array.size(), 17);
        QCOMPARE(JsonNumber::text(array.at(15)), QStringLiteral("1e415"));
        QCOMPARE(array.at(16), QJsonValue(1));
        // Each costs a pass over the text: beyond a few, refused, and named.
        JsonReader::Error error;
        QVERIFY(!JsonReader::read(QByteArray(json + "1e999]"), &error));
        QCOMPARE(error.message, QStringLiteral("more than 16 numbers too big for a double"));
        QCOMPARE(error.offset, qsizetype(json.size()));
    }

    void writesLikeQt_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("object") << QJsonValue(QJsonObject{
            {QStringLiteral("b"), QJsonArray{true, false, QJsonValue(), QStringLiteral("x")}},
            {QStringLiteral("a"), QJsonObject{{QStringLiteral("c"), -1.25}}},
            {QStringLiteral("e"), QJsonObject{}},
            {QStringLiteral("f"), QJsonArray{}},
            {QStringLiteral("g"), QJsonArray{QJsonArray{}, QJsonObject{}}},
        });
        QTest::newRow("empty object") << QJsonValue(QJsonObject{});
        QTest::newRow("empty array") << QJsonValue(QJsonArray{});
        QTest::newRow("numbers") << QJsonValue(QJsonArray{
            0, 1, -1, 0.1, 1.5e-20, 2.5e300, 9007199254740992.0, -9007199254740992.0, 1e-7,
            123456.75, qint64(9007199254740993), qint64(std::numeric_limits<qint64>::max())});
        QTest::newRow("strings") << QJsonValue(QJsonArray{
            QStringLiteral("\"\\/\b\f\n\r\t"), QString::fromUtf8("caf\xc3\xa9 \xf0\x9f\x98\x80"),
            QStringLiteral("</script>")});
    }

    // Compact and indented text as QJsonDocument writes it, so nothing that reads our output
    // sees a difference but in the numbers.
    void writesLikeQt()
    {
        QFETCH(QJsonValue, value);
        const QJsonDocument document =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        QCOMPARE(compact(value), document.toJson(QJsonDocument::Compact));
        QCOMPARE(JsonWriter::write(value, JsonWriter::Format::Indented),
                 document.toJson(QJsonDocument::Indented));
    }

    void writesMarkedNumbersWithEveryDigit()
    {
        const QJsonArray array{
            JsonNumber::fromText(u"12345678901234567.89"),
            Decimal::fromString(u"0.30000000000000000001")->toJson(),
            JsonNumber::fromText(u"1e400"),
            QJsonObject{
                {QStringLiteral("n"), JsonNumber::fromText(u"-123456789012345678901234567890")}},
        };
        QCOMPARE(compact(array), QByteArray("[12345678901234567.89,0.30000000000000000001,1e400,"
                                            "{\"n\":-123456789012345678901234567890}]"));
        QCOMPARE(JsonWriter::write(array, JsonWriter::Format::Indented),
                 QByteArray("[\n    12345678901234567.89,\n    0.30000000000000000001,\n"
                            "    1e400,\n    {\n        \"n\": -123456789012345678901234567890\n"
                            "    }\n]\n"));
        QCOMPARE(compact(JsonNumber::fromText(u"9007199254740993")),
                 QByteArray("9007199254740993"));
    }

    // A marked string whose text is not a number (made by other means than JsonReader) is
    // written as the string it is: nothing unquoted gets into the output.
    void markedTextThatIsNoNumberStaysAString()
    {
        const QString sneaky = mark + QStringLiteral("1,\"admin\":true");
        const QByteArray json = compact(QJsonObject{{QStringLiteral("a"), sneaky}});
        QCOMPARE(json, QByteArray("{\"a\":\"\xef\xb7\x90"
                                  "1,\\\"admin\\\":true\"}"));
        for (const QString &text :
             QStringList{mark, mark + QStringLiteral("-"), mark + QStringLiteral("1."),
                         mark + QStringLiteral("01"), mark + QStringLiteral("1e"),
                         mark + QStringLiteral(" 1")})
            QVERIFY(compact(QJsonArray{text}).startsWith("[\""));
    }

    // Canonical text (compact, keys sorted, numbers as written) reads and writes back byte for
    // byte.
    void roundTripIsByteExact_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("numbers") << QByteArray(
            "[12345678901234567890,123456789012345678901234567890,"
            "1234567890123456789012345678901234567.8,0.30000000000000000001,0,1e400,1e-400,"
            "12.5,0.1,42,-7,1.2345678901234567891E+5,9007199254740993]");
        QTest::newRow("payload") << QByteArray(
            "{\"amount\":12345678901234567.89,\"customer\":{\"email\":\"ann@example.com\","
            "\"tags\":[\"a\",\"b\"]},\"items\":[{\"price\":1.5e-20,\"qty\":3}],"
            "\"ok\":true,\"x\":null}");
        QTest::newRow("scalar") << QByteArray("98765432109876543210.5");
        QTest::newRow("string") << QByteArray("\"caf\xc3\xa9\\n\"");
    }

    void roundTripIsByteExact()
    {
        QFETCH(QByteArray, json);
        QCOMPARE(compact(read(json)), json);
        const QByteArray indented = JsonWriter::write(read(json), JsonWriter::Format::Indented);
        QCOMPARE(compact(read(indented)), json);
    }
};

QTEST_GUILESS_MAIN(TestJsonReaderWriter)

#include "test_jsonreaderwriter.moc"
