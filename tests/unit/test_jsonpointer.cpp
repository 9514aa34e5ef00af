#include "payload/jsonpointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using hb::payload::JsonPointer;

namespace {

// The example document of RFC 6901 §5.
QJsonValue rfcDocument()
{
    return QJsonObject{
        {QStringLiteral("foo"), QJsonArray{QStringLiteral("bar"), QStringLiteral("baz")}},
        {QStringLiteral(""), 0},
        {QStringLiteral("a/b"), 1},
        {QStringLiteral("c%d"), 2},
        {QStringLiteral("e^f"), 3},
        {QStringLiteral("g|h"), 4},
        {QStringLiteral("i\\j"), 5},
        {QStringLiteral("k\"l"), 6},
        {QStringLiteral(" "), 7},
        {QStringLiteral("m~n"), 8}};
}

std::optional<QJsonValue> resolve(const QString &pointer, const QJsonValue &document)
{
    const auto parsed = JsonPointer::parse(pointer);
    if (!parsed)
        qFatal("pointer %s does not parse: %s", qPrintable(pointer), qPrintable(parsed.error()));
    return parsed->resolve(document);
}

} // namespace

class TestJsonPointer : public QObject {
    Q_OBJECT
private slots:
    void rfc6901Examples_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("whole") << "" << rfcDocument();
        QTest::newRow("/foo") << "/foo"
                              << QJsonValue(
                                     QJsonArray{QStringLiteral("bar"), QStringLiteral("baz")});
        QTest::newRow("/foo/0") << "/foo/0" << QJsonValue(QStringLiteral("bar"));
        QTest::newRow("/") << "/" << QJsonValue(0);
        QTest::newRow("/a~1b") << "/a~1b" << QJsonValue(1);
        QTest::newRow("/c%d") << "/c%d" << QJsonValue(2);
        QTest::newRow("/e^f") << "/e^f" << QJsonValue(3);
        QTest::newRow("/g|h") << "/g|h" << QJsonValue(4);
        QTest::newRow("/i\\j") << "/i\\j" << QJsonValue(5);
        QTest::newRow("/k\"l") << "/k\"l" << QJsonValue(6);
        QTest::newRow("/ ") << "/ " << QJsonValue(7);
        QTest::newRow("/m~0n") << "/m~0n" << QJsonValue(8);
    }
    void rfc6901Examples()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, expected);
        const auto value = resolve(pointer, rfcDocument());
        QVERIFY2(value, qPrintable(pointer));
        QCOMPARE(*value, expected);
    }

    void tokensAreUnescaped()
    {
        const auto pointer = JsonPointer::parse(QStringLiteral("/a~1b/m~0n/~01"));
        QVERIFY(pointer);
        QCOMPARE(pointer->tokens(),
                 (QStringList{QStringLiteral("a/b"), QStringLiteral("m~n"), QStringLiteral("~1")}));
        QCOMPARE(JsonPointer::parse(QString())->tokens(), QStringList());
        QCOMPARE(JsonPointer::parse(QStringLiteral("/"))->tokens(), QStringList{QString()});
        QCOMPARE(JsonPointer::parse(QStringLiteral("/a//b"))->tokens(),
                 (QStringList{QStringLiteral("a"), QStringLiteral(""), QStringLiteral("b")}));
    }

    // Found values, and pointers that find nothing (std::nullopt): a present null is found, and
    // is null, because "not found" and "null" differ for the user.
    void arrayIndices_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<std::optional<QJsonValue>>("expected");
        const std::optional<QJsonValue> none;
        QTest::newRow("number") << "/items/0/amount" << std::optional(QJsonValue(12.5));
        QTest::newRow("string") << "/items/1/amount"
                                << std::optional(QJsonValue(QStringLiteral("3")));
        QTest::newRow("index") << "/list/1" << std::optional(QJsonValue(QStringLiteral("b")));
        QTest::newRow("null") << "/nothing" << std::optional(QJsonValue(QJsonValue::Null));
        QTest::newRow("leading zero") << "/list/01" << none;
        QTest::newRow("past the end -") << "/list/-" << none;
        QTest::newRow("out of range") << "/list/2" << none;
        QTest::newRow("negative") << "/list/-1" << none;
        QTest::newRow("not a number") << "/list/1a" << none;
        QTest::newRow("empty index") << "/list/" << none;
        QTest::newRow("huge") << "/list/99999999999999999999999" << none;
        QTest::newRow("missing member") << "/items/0/missing" << none;
        QTest::newRow("missing top") << "/missing" << none;
        // Stepping into a scalar finds nothing rather than the scalar itself.
        QTest::newRow("into a scalar") << "/list/0/x" << none;
    }
    void arrayIndices()
    {
        QFETCH(QString, pointer);
        QFETCH(std::optional<QJsonValue>, expected);
        const QJsonValue document = QJsonDocument::fromJson(
                                        R"({"items": [{"amount": 12.5}, {"amount": "3"}],
                                            "list": ["a", "b"], "nothing": null})")
                                        .object();
        const std::optional<QJsonValue> value = resolve(pointer, document);
        QCOMPARE(value.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*value, *expected);
    }

    void scalarDocuments()
    {
        QCOMPARE(*resolve(QStringLiteral(""), QJsonValue(42)), QJsonValue(42));
        QVERIFY(!resolve(QStringLiteral("/a"), QJsonValue(42)));
    }

    void invalidPointersNameThemselves_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const QString &pointer, const char *rule) {
            QTest::newRow(name) << pointer
                                << QStringLiteral("invalid JSON Pointer \"%1\": %2")
                                       .arg(pointer, QLatin1String(rule));
        };
        const char *tilde = "'~' must be followed by 0 (for ~) or 1 (for /)";
        const char *start = "it must start with '/' (for example /customer/email)";
        row("~2", QStringLiteral("/a~2b"), tilde);
        row("trailing ~", QStringLiteral("/a~"), tilde);
        row("no slash", QStringLiteral("amount"), start);
        row("dotted", QStringLiteral("customer.email"), start);
    }
    void invalidPointersNameThemselves()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        const auto parsed = JsonPointer::parse(pointer);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error(), message);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QStringList() << "";
        QTest::newRow("plain") << QStringList{QStringLiteral("customer"), QStringLiteral("email")}
                               << "/customer/email";
        QTest::newRow("slash") << QStringList{QStringLiteral("a/b")} << "/a~1b";
        QTest::newRow("tilde") << QStringList{QStringLiteral("m~n")} << "/m~0n";
        QTest::newRow("tilde one") << QStringList{QStringLiteral("~1")} << "/~01";
        QTest::newRow("empty token") << QStringList{QStringLiteral("")} << "/";
        QTest::newRow("index") << QStringList{QStringLiteral("items"), QStringLiteral("0"),
                                              QStringLiteral("amount")}
                               << "/items/0/amount";
    }
    void roundTrip()
    {
        QFETCH(QStringList, tokens);
        QFETCH(QString, text);
        const JsonPointer pointer = JsonPointer::fromTokens(tokens);
        QCOMPARE(pointer.toString(), text);
        const auto parsed = JsonPointer::parse(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->tokens(), tokens);
        QVERIFY(*parsed == pointer);
    }
};

QTEST_GUILESS_MAIN(TestJsonPointer)
#include "test_jsonpointer.moc"
