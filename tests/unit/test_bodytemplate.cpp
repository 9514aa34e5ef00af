// A batch's body template as a tester writes it: values inside JSON strings are escaped so the
// body stays valid JSON whatever the row holds, values outside strings go in as they are (a
// number stays a number), and a template that cannot be filled from the file is said before
// anything is sent.
#include "delivery/bodytemplate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using hb::delivery::BodyTemplate;

class TestBodyTemplate : public QObject {
    Q_OBJECT

    static BodyTemplate parsed(const QByteArray &text)
    {
        hb::Result<BodyTemplate> result = BodyTemplate::parse(text);
        if (!result)
            qWarning("%s", qPrintable(result.error()));
        return result ? *result : BodyTemplate{};
    }

private slots:
    void placeholdersWithOrWithoutSpaces()
    {
        const BodyTemplate body =
            parsed("{\"email\": \"{{ email }}\", \"coins\": {{coins}}, \"again\": \"{{email}}\"}");
        QCOMPARE(body.placeholders(),
                 (QStringList{QStringLiteral("email"), QStringLiteral("coins")}));
    }

    void insideStringsEscapedOutsideRaw()
    {
        const BodyTemplate body = parsed("{\"email\": \"{{email}}\", \"coins\": {{coins}}}");
        const QHash<QString, QString> row{
            {QStringLiteral("email"), QStringLiteral("a\"b\\c\nd\te\x01 ü")},
            {QStringLiteral("coins"), QStringLiteral("12345678901234567.89")}};
        const QByteArray filled = body.fill(row);
        QCOMPARE(filled, QByteArray("{\"email\": \"a\\\"b\\\\c\\nd\\te\\u0001 \xc3\xbc\", "
                                    "\"coins\": 12345678901234567.89}"));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(filled, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(QStringLiteral("email")).toString(),
                 row.value(QStringLiteral("email")));
    }

    void escapedQuotesInTheTemplateDoNotEndTheString()
    {
        // "say \"{{word}}\"": the placeholder is still inside the string literal.
        const BodyTemplate body = parsed("{\"text\": \"say \\\"{{word}}\\\"\", \"n\": {{n}}}");
        const QByteArray filled = body.fill({{QStringLiteral("word"), QStringLiteral("\"hi\"")},
                                             {QStringLiteral("n"), QStringLiteral("3")}});
        QCOMPARE(filled, QByteArray("{\"text\": \"say \\\"\\\"hi\\\"\\\"\", \"n\": 3}"));
    }

    void nonJsonTemplatesFillAsIs()
    {
        const BodyTemplate body = parsed("email={{email}}&coins={{coins}}");
        QCOMPARE(body.fill({{QStringLiteral("email"), QStringLiteral("a@x.io")},
                            {QStringLiteral("coins"), QStringLiteral("5")}}),
                 QByteArray("email=a@x.io&coins=5"));
        QCOMPARE(parsed("no placeholders").fill({}), QByteArray("no placeholders"));
    }

    void unknownColumnIsNamedWithTheFilesColumns()
    {
        const BodyTemplate body = parsed("{\"email\": \"{{email}}\", \"coins\": {{coin}}}");
        const hb::Status check =
            body.checkColumns({QStringLiteral("email"), QStringLiteral("coins")});
        QVERIFY(!check.ok());
        QCOMPARE(check.error(),
                 QStringLiteral("the template uses {{coin}}, which the file does not "
                                "have (columns: email, coins)"));
        QVERIFY(body.checkColumns({QStringLiteral("coin"), QStringLiteral("email")}).ok());
    }

    void missingValueOfARow()
    {
        const BodyTemplate body = parsed("{{a}}{{b}}");
        QCOMPARE(body.missingValue({{QStringLiteral("a"), QString()}}), QStringLiteral("b"));
        QCOMPARE(
            body.missingValue({{QStringLiteral("a"), QString()}, {QStringLiteral("b"), QString()}}),
            QString());
    }

    void unclosedPlaceholderNamesTheLine()
    {
        QCOMPARE(BodyTemplate::parse("{\n  \"a\": 1,\n  \"b\": {{b\n}").error(),
                 QStringLiteral("line 3: {{ is not closed with }}"));
        QCOMPARE(BodyTemplate::parse("{{a {{b}}").error(),
                 QStringLiteral("line 1: {{ is not closed with }}"));
        QCOMPARE(BodyTemplate::parse("x\n{{ }}").error(),
                 QStringLiteral("line 2: {{}} names no column"));
    }
};

QTEST_GUILESS_MAIN(TestBodyTemplate)
#include "test_bodytemplate.moc"
