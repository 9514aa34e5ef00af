#include "payload/jsonnumber.h"
#include "payload/payloaddecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using hb::payload::PayloadDecoder;

namespace {

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(text).isArray()
               ? QJsonValue(QJsonDocument::fromJson(text).array())
               : QJsonValue(QJsonDocument::fromJson(text).object());
}

} // namespace

class TestPayloadDecoder : public QObject {
    Q_OBJECT
private slots:
    void jsonBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("object") << QByteArray(R"({"customer":{"email":"a@b.c"},"amount":12.5})")
                                << QByteArray("application/json")
                                << json(R"({"customer":{"email":"a@b.c"},"amount":12.5})");
        QTest::newRow("array") << QByteArray(R"([{"amount":1},{"amount":2}])")
                               << QByteArray("application/json")
                               << json(R"([{"amount":1},{"amount":2}])");
        QTest::newRow("charset") << QByteArray(R"({"a":1})")
                                 << QByteArray("Application/JSON; charset=UTF-8")
                                 << json(R"({"a":1})");
        QTest::newRow("+json") << QByteArray(R"({"a":1})")
                               << QByteArray("application/vnd.github+json") << json(R"({"a":1})");
        QTest::newRow("no content type")
            << QByteArray(R"({"a":"x"})") << QByteArray() << json(R"({"a":"x"})");
        QTest::newRow("text/plain but JSON")
            << QByteArray(" {\"a\":[1,2]}\n") << QByteArray("text/plain") << json(R"({"a":[1,2]})");
        QTest::newRow("top-level number")
            << QByteArray("42") << QByteArray("application/json") << QJsonValue(42);
        QTest::newRow("top-level string") << QByteArray("\"hi\"") << QByteArray("application/json")
                                          << QJsonValue(QStringLiteral("hi"));
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\":1}")
                                         << QByteArray("application/json") << json(R"({"a":1})");
        QTest::newRow("unicode") << QByteArray("{\"name\":\"J\xc3\xbcrgen\"}")
                                 << QByteArray("application/json")
                                 << QJsonValue(QJsonObject{
                                        {QStringLiteral("name"), QString::fromUtf8("Jürgen")}});
    }
    void jsonBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QJsonValue, expected);
        const auto payload = PayloadDecoder::decode(body, contentType, QByteArray());
        QVERIFY2(payload, qPrintable(payload.error()));
        QCOMPARE(*payload, expected);
    }

    void formBodies()
    {
        const auto payload =
            PayloadDecoder::decode("email=a%40b.c&name=Jane+Doe&tag=x&tag=y&tag=z&empty=&flag",
                                   "application/x-www-form-urlencoded; charset=utf-8", "ignored=1");
        QVERIFY2(payload, qPrintable(payload.error()));
        const QJsonObject expected{
            {QStringLiteral("email"), QStringLiteral("a@b.c")},
            {QStringLiteral("name"), QStringLiteral("Jane Doe")},
            {QStringLiteral("tag"),
             QJsonArray{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}},
            {QStringLiteral("empty"), QStringLiteral("")},
            {QStringLiteral("flag"), QStringLiteral("")}};
        QCOMPARE(*payload, QJsonValue(expected));
    }

    void formKeepsPlusAndAmpersandWhenEncoded()
    {
        const auto payload = PayloadDecoder::decode("a=1%2B1%3D2&b=%26%C3%A9",
                                                    "application/x-www-form-urlencoded", {});
        QVERIFY(payload);
        QCOMPARE(payload->toObject().value(QStringLiteral("a")),
                 QJsonValue(QStringLiteral("1+1=2")));
        QCOMPARE(payload->toObject().value(QStringLiteral("b")),
                 QJsonValue(QString::fromUtf8("&é")));
    }

    void jsonSentAsAFormIsJson()
    {
        // curl -d '{...}' labels its body application/x-www-form-urlencoded.
        const auto payload = PayloadDecoder::decode(R"({"customer":{"email":"a@b.c"},"amount":5})",
                                                    "application/x-www-form-urlencoded", {});
        QVERIFY2(payload, qPrintable(payload.error()));
        QCOMPARE(payload->toObject().value(QStringLiteral("amount")), QJsonValue(5));
        QCOMPARE(payload->toObject()
                     .value(QStringLiteral("customer"))
                     .toObject()
                     .value(QStringLiteral("email")),
                 QJsonValue(QStringLiteral("a@b.c")));

        // Not JSON after all: still a form, as labelled.
        const auto form =
            PayloadDecoder::decode("{broken=1", "application/x-www-form-urlencoded", {});
        QVERIFY(form);
        QCOMPARE(form->toObject().value(QStringLiteral("{broken")),
                 QJsonValue(QStringLiteral("1")));
    }

    void queryOnlyRequests()
    {
        const auto payload =
            PayloadDecoder::decode(QByteArray(), QByteArray(), "email=a%40b.c&amount=5&id=1&id=2");
        QVERIFY(payload);
        QCOMPARE(*payload,
                 QJsonValue(QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.c")},
                                        {QStringLiteral("amount"), QStringLiteral("5")},
                                        {QStringLiteral("id"),
                                         QJsonArray{QStringLiteral("1"), QStringLiteral("2")}}}));

        const auto blank = PayloadDecoder::decode(" \r\n", "application/json", "x=1");
        QVERIFY(blank);
        QCOMPARE(*blank, QJsonValue(QJsonObject{{QStringLiteral("x"), QStringLiteral("1")}}));

        const auto nothing = PayloadDecoder::decode(QByteArray(), QByteArray(), QByteArray());
        QVERIFY(nothing);
        QCOMPARE(*nothing, QJsonValue(QJsonObject()));
    }

    // Every digit sent is every digit applied (SPEC §1): a number no double holds keeps its text,
    // also in a JSON body labelled as a form.
    void numbersKeepEveryDigit()
    {
        using hb::payload::JsonNumber;
        for (const QByteArray &type :
             {QByteArray("application/json"), QByteArray("application/x-www-form-urlencoded")}) {
            const auto payload = PayloadDecoder::decode(
                R"({"a": 12345678901234567.89, "b": [0.30000000000000000001, 1e400], "c": 12.5})",
                type, {});
            QVERIFY(payload);
            QCOMPARE(JsonNumber::text((*payload)[QStringLiteral("a")]),
                     QStringLiteral("12345678901234567.89"));
            const QJsonArray b = (*payload)[QStringLiteral("b")].toArray();
            QCOMPARE(JsonNumber::text(b.at(0)), QStringLiteral("0.30000000000000000001"));
            QCOMPARE(JsonNumber::text(b.at(1)), QStringLiteral("1e400"));
            QCOMPARE((*payload)[QStringLiteral("c")], QJsonValue(12.5));
        }
        const auto scalar = PayloadDecoder::decode("98765432109876543210", "application/json", {});
        QVERIFY(scalar);
        QCOMPARE(JsonNumber::text(*scalar), QStringLiteral("98765432109876543210"));
    }

    // Only the JSON reader makes numbers: form and query values that start with the mark are
    // text, the mark replaced.
    void formValuesAreNeverNumbers()
    {
        using hb::payload::JsonNumber;
        const QJsonObject form = PayloadDecoder::decodeForm("a=%EF%B7%90123&%EF%B7%90k=1");
        QVERIFY(!JsonNumber::isNumber(form.value(QStringLiteral("a"))));
        QCOMPARE(form.value(QStringLiteral("a")).toString(),
                 QString(QChar::ReplacementCharacter) + QStringLiteral("123"));
        QVERIFY(form.contains(QString(QChar::ReplacementCharacter) + QStringLiteral("k")));
        const auto json = PayloadDecoder::decode("[\"\\ufdd01\"]", "application/json", {});
        QVERIFY(json);
        QVERIFY(!JsonNumber::isNumber(json->toArray().at(0)));
    }

    void invalidJsonSaysWhereAndWhat_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        // The <what> is RapidJSON's wording (JsonReader); the offset points the sender at the spot.
        QTest::newRow("unterminated") << QByteArray("{\"a\": 1")
                                      << "body is not valid JSON: missing a comma or '}' after an "
                                         "object member at offset 7";
        QTest::newRow("trailing comma")
            << QByteArray("[1, 2,]") << "body is not valid JSON: invalid value at offset 6";
        QTest::newRow("garbage") << QByteArray("{\"a\":1}x")
                                 << "body is not valid JSON: the document root must not be "
                                    "followed by other values at offset 7";
        QTest::newRow("single quotes")
            << QByteArray("{'a':1}")
            << "body is not valid JSON: missing a name for object member at offset 1";
        QTest::newRow("too deep") << QByteArray(600, '[')
                                  << "body is not valid JSON: nesting deeper than 512 levels at "
                                     "offset 512";
    }
    void invalidJsonSaysWhereAndWhat()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const auto payload = PayloadDecoder::decode(body, "application/json", {});
        QVERIFY(!payload);
        QCOMPARE(payload.error(), message);
    }

    void unsupportedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("message");
        QTest::newRow("plain text")
            << QByteArray("hello there") << QByteArray("text/plain")
            << "unsupported body (Content-Type: text/plain); send JSON or form data";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)
                                << QByteArray("application/octet-stream")
                                << "unsupported body (Content-Type: application/octet-stream); "
                                   "send JSON or form data";
        QTest::newRow("xml") << QByteArray("<a>1</a>") << QByteArray("application/xml")
                             << "unsupported body (Content-Type: application/xml); send JSON or "
                                "form data";
        QTest::newRow("none") << QByteArray("a=1&b=2") << QByteArray()
                              << "unsupported body (Content-Type: none); send JSON or form data";
        QTest::newRow("two values") << QByteArray("1, 2") << QByteArray("text/plain")
                                    << "unsupported body (Content-Type: text/plain); send JSON "
                                       "or form data";
        QTest::newRow("control chars") << QByteArray("x") << QByteArray("text/\x01plain")
                                       << "unsupported body (Content-Type: text/?plain); send "
                                          "JSON or form data";
    }
    void unsupportedBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, message);
        const auto payload = PayloadDecoder::decode(body, contentType, {});
        QVERIFY(!payload);
        QCOMPARE(payload.error(), message);
    }
};

QTEST_GUILESS_MAIN(TestPayloadDecoder)
#include "test_payloaddecoder.moc"
