// The rows of a tester's batch as they read them in a spreadsheet or a log: CSV with quotes,
// commas and line breaks inside values, CRLF from Windows, a BOM from Excel; JSON lines with
// numbers kept to the digit. A broken file is said with the line to look at.
#include "delivery/batchrows.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using hb::delivery::BatchRows;

class TestBatchRows : public QObject {
    Q_OBJECT

    static BatchRows csv(const QByteArray &data)
    {
        hb::Result<BatchRows> rows = BatchRows::parse(data, BatchRows::Format::Csv);
        if (!rows)
            qWarning("%s", qPrintable(rows.error()));
        return rows ? *rows : BatchRows{};
    }
    static QString csvError(const QByteArray &data)
    {
        return BatchRows::parse(data, BatchRows::Format::Csv).error();
    }
    static QString jsonLinesError(const QByteArray &data)
    {
        return BatchRows::parse(data, BatchRows::Format::JsonLines).error();
    }

private slots:
    void csvColumnsAndValues()
    {
        const BatchRows rows = csv("email,coins\nalice@example.com,10\nbob@example.com,20\n");
        QCOMPARE(rows.columns(), (QStringList{QStringLiteral("email"), QStringLiteral("coins")}));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).values.value(QStringLiteral("email")),
                 QStringLiteral("alice@example.com"));
        QCOMPARE(rows.at(1).values.value(QStringLiteral("coins")), QStringLiteral("20"));
        QCOMPARE(rows.at(0).line, 2);
        QCOMPARE(rows.at(1).line, 3);
    }

    void csvQuotingKeepsCommasQuotesAndLineBreaks()
    {
        const BatchRows rows =
            csv("name,note\n\"Smith, Jo\",\"said \"\"hi\"\"\"\n\"multi\nline\",x\nlast,y");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).values.value(QStringLiteral("name")), QStringLiteral("Smith, Jo"));
        QCOMPARE(rows.at(0).values.value(QStringLiteral("note")), QStringLiteral("said \"hi\""));
        QCOMPARE(rows.at(1).values.value(QStringLiteral("name")), QStringLiteral("multi\nline"));
        // The row after a value with a line break starts on the file's next line but one.
        QCOMPARE(rows.at(2).line, 5);
        QCOMPARE(rows.at(2).values.value(QStringLiteral("note")), QStringLiteral("y"));
    }

    void csvCrlfBomAndBlankLines()
    {
        const BatchRows rows = csv("\xEF\xBB\xBF"
                                   "email,coins\r\na@x.io,1\r\n\r\nb@x.io,2\r\n");
        QCOMPARE(rows.columns().first(), QStringLiteral("email")); // no BOM in the name
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).values.value(QStringLiteral("coins")), QStringLiteral("1"));
        QCOMPARE(rows.at(1).values.value(QStringLiteral("email")), QStringLiteral("b@x.io"));
        QCOMPARE(rows.at(1).line, 4);
    }

    void csvUtf8Values()
    {
        const BatchRows rows = csv("name\nZoë 🎉\n");
        QCOMPARE(rows.at(0).values.value(QStringLiteral("name")), QStringLiteral("Zoë 🎉"));
    }

    void csvErrorsNameTheLine()
    {
        QCOMPARE(csvError("a,b\n1,2\n\"open,3\n4,5\n"),
                 QStringLiteral("line 3: unterminated quote"));
        QCOMPARE(csvError("a,b\n1,2\n1,2\n1,2,3\n"),
                 QStringLiteral("line 4: 3 values, but the header has 2 columns"));
        QCOMPARE(csvError("a,b\n1\n"), QStringLiteral("line 2: 1 values, but the header has 2 "
                                                      "columns"));
        QCOMPARE(csvError("a,a\n1,2\n"), QStringLiteral("line 1: the column a appears twice"));
        QVERIFY(csvError("a,b\n\"x\"y,2\n")
                    .startsWith(QLatin1String("line 2: text after a "
                                              "closing quote")));
        QVERIFY(csvError("a\n\xff\xfe\n").contains(QLatin1String("UTF-8")));
    }

    void emptyFilesHaveNoRows()
    {
        QVERIFY(csvError("").startsWith(QLatin1String("no rows")));
        QVERIFY(csvError("email,coins\n").startsWith(QLatin1String("no rows")));
        QVERIFY(jsonLinesError("\n\n").startsWith(QLatin1String("no rows")));
    }

    void jsonLinesTypesAsText()
    {
        const hb::Result<BatchRows> rows = BatchRows::parse(
            "{\"email\":\"a@x.io\",\"coins\":12345678901234567.89,\"vip\":true,\"note\":null,"
            "\"tags\":[1, \"a\"],\"extra\":{\"k\": 0.1}}\n"
            "\n"
            "{\"email\":\"b@x.io\",\"coins\":1e3,\"vip\":false}\r\n",
            BatchRows::Format::JsonLines);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), 2);
        const auto &first = rows->at(0).values;
        QCOMPARE(first.value(QStringLiteral("email")), QStringLiteral("a@x.io"));
        // Every digit of the file, not a double's approximation.
        QCOMPARE(first.value(QStringLiteral("coins")), QStringLiteral("12345678901234567.89"));
        QCOMPARE(first.value(QStringLiteral("vip")), QStringLiteral("true"));
        QVERIFY(first.contains(QStringLiteral("note")));
        QCOMPARE(first.value(QStringLiteral("note")), QString());
        QCOMPARE(first.value(QStringLiteral("tags")), QStringLiteral("[1,\"a\"]"));
        QCOMPARE(first.value(QStringLiteral("extra")), QStringLiteral("{\"k\":0.1}"));
        QCOMPARE(rows->at(0).line, 1);
        QCOMPARE(rows->at(1).line, 3); // the blank line is skipped but counted
        QCOMPARE(rows->at(1).values.value(QStringLiteral("vip")), QStringLiteral("false"));
        QVERIFY(rows->columns().contains(QStringLiteral("extra")));
    }

    void jsonLinesErrorsNameTheLine()
    {
        QCOMPARE(jsonLinesError("{\"a\":1}\n{\"a\":2}\n[1,2]\n"),
                 QStringLiteral("line 3: not a JSON object"));
        QVERIFY(jsonLinesError("{\"a\":1}\n{\"a\":\n")
                    .startsWith(QLatin1String("line 2: not "
                                              "JSON")));
    }

    void readPicksTheFormatFromTheExtension()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const QString &name, const QByteArray &data) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        };
        write(QStringLiteral("rows.csv"), "a\n1\n");
        write(QStringLiteral("rows.ndjson"), "{\"a\":1}\n");
        write(QStringLiteral("rows.txt"), "a\n1\n");
        QCOMPARE(BatchRows::read(dir.filePath(QStringLiteral("rows.csv")))->size(), 1);
        QCOMPARE(BatchRows::read(dir.filePath(QStringLiteral("rows.ndjson")))->size(), 1);
        const hb::Result<BatchRows> text =
            BatchRows::read(dir.filePath(QStringLiteral("rows.txt")));
        QVERIFY(!text.ok());
        QVERIFY(text.error().contains(QLatin1String(".csv, .jsonl or .ndjson")));
        const hb::Result<BatchRows> missing =
            BatchRows::read(dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(missing.error().startsWith(QLatin1String("cannot read")));
    }
};

QTEST_GUILESS_MAIN(TestBatchRows)
#include "test_batchrows.moc"
