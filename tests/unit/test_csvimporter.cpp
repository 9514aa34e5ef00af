#include "store/csvimporter.h"
#include "store/database.h"
#include "store/fieldrepository.h"
#include "store/userrepository.h"
#include "storeseed.h"
#include "storevariant.h"

#include <QTest>

using namespace hb::store;
using hb::mapping::CustomField;
using hb::mapping::FieldType;

class TestCsvImporter : public QObject {
    Q_OBJECT
private:
    StoreVariant m_store;

    int userCount()
    {
        UserRepository users(m_store.db());
        return int(users.list()->size());
    }

private slots:
    void initTestCase_data() { StoreVariant::addRows(); }
    void init()
    {
        if (!m_store.open())
            return;
        FieldRepository fields(m_store.db());
        QVERIFY(fields.add({QStringLiteral("total-deposit"), QString(), FieldType::Number}).ok());
        QVERIFY(fields.add({QStringLiteral("vip"), QString(), FieldType::Boolean}).ok());
        QVERIFY(fields.add({QStringLiteral("since"), QString(), FieldType::Date}).ok());
        QVERIFY(fields.add({QStringLiteral("bio"), QString(), FieldType::Text}).ok());
    }
    void cleanup() { m_store.close(); }

    // ---- RFC 4180 parsing
    void parsesQuotesCommasNewlinesAndCrlf()
    {
        const QByteArray text = "a,b,c\r\n"
                                "\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"
                                "1,,3\r\n";
        const hb::Result<QList<CsvImporter::Record>> records = CsvImporter::parse(text);
        QVERIFY2(records.ok(), qPrintable(records.error()));
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(1).cells,
                 (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""),
                              QStringLiteral("two\r\nlines")}));
        QCOMPARE(records->at(1).line, 2);
        QCOMPARE(records->at(2).line, 4); // the quoted newline took a line
        QCOMPARE(records->at(2).cells,
                 (QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")}));
    }

    void lastLineWithoutNewlineAndBlankLines()
    {
        const hb::Result<QList<CsvImporter::Record>> records = CsvImporter::parse("\xEF\xBB\xBF"
                                                                                  "a,b\n\n1,2");
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).cells, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(records->at(1).line, 3);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed quote")
            << QByteArray("a,b\n1,\"open\n2,3\n") << "line 2: a quoted value is not closed";
        QTest::newRow("text after quote")
            << QByteArray("a,b\n\"x\"y,2\n")
            << "line 2: text after a closing quote (a quote inside a quoted value is written "
               "twice: \"\")";
        QTest::newRow("quote inside unquoted")
            << QByteArray("a,b\nx\"y,2\n")
            << "line 2: a quote inside an unquoted value (quote the whole value and write the "
               "quote twice: \"\")";
    }
    void parseErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const hb::Result<QList<CsvImporter::Record>> records = CsvImporter::parse(text);
        QVERIFY(!records.ok());
        QCOMPARE(records.error(), message);
    }

    // ---- canonical values
    void canonicalValues_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("number trailing zeros") << int(FieldType::Number) << " 22.50 "
                                               << "22.5";
        QTest::newRow("number exact") << int(FieldType::Number) << "0.30000000000000000"
                                      << "0.3";
        QTest::newRow("boolean 1") << int(FieldType::Boolean) << "1"
                                   << "true";
        QTest::newRow("boolean false") << int(FieldType::Boolean) << "false"
                                       << "false";
        QTest::newRow("date") << int(FieldType::Date) << "2026-11-26"
                              << "2026-11-26";
        QTest::newRow("date-time") << int(FieldType::Date) << "2026-11-26T16:45:00Z"
                                   << "2026-11-26T16:45:00Z";
        QTest::newRow("text as is") << int(FieldType::Text) << " hi, there "
                                    << " hi, there ";
    }
    void canonicalValues()
    {
        QFETCH(int, type);
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const hb::Result<QString> value = CsvImporter::canonicalValue(FieldType(type), text);
        QVERIFY2(value.ok(), qPrintable(value.error()));
        QCOMPARE(*value, canonical);
    }

    void badValues_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("thousands") << int(FieldType::Number) << "1,000"
                                   << "\"1,000\" is not a number";
        QTest::newRow("word") << int(FieldType::Number) << "abc"
                              << "\"abc\" is not a number";
        QTest::newRow("yes") << int(FieldType::Boolean) << "yes"
                             << "\"yes\" is not a boolean (true, false, 1 or 0)";
        QTest::newRow("month 13") << int(FieldType::Date) << "2026-13-01"
                                  << "\"2026-13-01\" is not an ISO 8601 date (2026-11-26 or "
                                     "2026-11-26T16:45:00Z)";
        QTest::newRow("date with junk") << int(FieldType::Date) << "2026-11-26xyz"
                                        << "\"2026-11-26xyz\" is not an ISO 8601 date "
                                           "(2026-11-26 or 2026-11-26T16:45:00Z)";
    }
    void badValues()
    {
        QFETCH(int, type);
        QFETCH(QString, text);
        QFETCH(QString, message);
        const hb::Result<QString> value = CsvImporter::canonicalValue(FieldType(type), text);
        QVERIFY(!value.ok());
        QCOMPARE(value.error(), message);
    }

    // ---- import
    void importsEveryUserWithFields()
    {
        CsvImporter importer(m_store.db());
        const hb::Result<int> imported = importer.importCsv(
            "email,username,display_name,coins,xp,total-deposit,vip,since,bio\r\n"
            "Alice@Example.com, alice ,\"Alice, A.\",10,20,12.50,1,2026-11-26,\"likes "
            "\"\"x\"\"\"\r\n"
            "bob@example.com,bob,,,,,,,\r\n");
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(*imported, 2);
        UserRepository users(m_store.db());
        const auto alice = users.findByIdentifier(QStringLiteral("alice@example.com"));
        QVERIFY(alice->has_value());
        QCOMPARE((*alice)->username, QStringLiteral("alice"));
        QCOMPARE((*alice)->displayName, QStringLiteral("Alice, A."));
        QCOMPARE((*alice)->coins, 10);
        QCOMPARE((*alice)->xp, 20);
        QCOMPARE((*alice)->fields.value(QStringLiteral("total-deposit")), QStringLiteral("12.5"));
        QCOMPARE((*alice)->fields.value(QStringLiteral("vip")), QStringLiteral("true"));
        QCOMPARE((*alice)->fields.value(QStringLiteral("bio")), QStringLiteral("likes \"x\""));
        const auto bob = users.findByIdentifier(QStringLiteral("bob"));
        QVERIFY(bob->has_value());
        QVERIFY((*bob)->fields.isEmpty()); // empty cells leave fields unset
        QCOMPARE((*bob)->coins, 0);
    }

    void refusesTheWholeFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("")
                               << "the file is empty (expected a header line with email and "
                                  "username)";
        QTest::newRow("unknown column")
            << QByteArray("email,username,level\na@b.c,a,1\n")
            << "line 1: unknown column \"level\" (expected email, username, display_name, coins, "
               "xp or a custom field key)";
        QTest::newRow("missing username")
            << QByteArray("email,coins\na@b.c,1\n") << "line 1: missing column \"username\"";
        QTest::newRow("column twice")
            << QByteArray("email,username,email\n") << "line 1: column \"email\" appears twice";
        QTest::newRow("negative coins")
            << QByteArray("email,username,coins\na@b.c,a,1\nb@b.c,b,-5\n")
            << "line 3: coins \"-5\" is not a whole number of at least 0";
        QTest::newRow("fractional xp") << QByteArray("email,username,xp\na@b.c,a,1.5\n")
                                       << "line 2: xp \"1.5\" is not a whole number of at least 0";
        QTest::newRow("bad number")
            << QByteArray("email,username,total-deposit\na@b.c,a,1\nb@b.c,b,\"1,000\"\n")
            << "line 3: field \"total-deposit\": \"1,000\" is not a number";
        QTest::newRow("bad boolean") << QByteArray("email,username,vip\na@b.c,a,maybe\n")
                                     << "line 2: field \"vip\": \"maybe\" is not a boolean (true, "
                                        "false, 1 or 0)";
        QTest::newRow("bad date")
            << QByteArray("email,username,since\na@b.c,a,26/11/2026\n")
            << "line 2: field \"since\": \"26/11/2026\" is not an ISO 8601 date (2026-11-26 or "
               "2026-11-26T16:45:00Z)";
        QTest::newRow("duplicate email in file")
            << QByteArray("email,username\na@b.c,a\nb@b.c,b\n A@B.C ,c\n")
            << "line 4: email \"A@B.C\" is already on line 2";
        QTest::newRow("duplicate username in file")
            << QByteArray("email,username\na@b.c,a\nb@b.c,a\n")
            << "line 3: username \"a\" is already on line 2";
        QTest::newRow("duplicate after multi-line value")
            << QByteArray("email,username,bio\na@b.c,a,\"1\n2\n3\"\nb@b.c,a,\n")
            << "line 5: username \"a\" is already on line 2";
        QTest::newRow("already stored")
            << QByteArray("email,username\nnew@b.c,new\nSTORED@example.com,x\n")
            << "line 3: a user with email \"STORED@example.com\" already exists";
        QTest::newRow("username already stored")
            << QByteArray("email,username\nnew@b.c,new\nz@b.c,stored\n")
            << "line 3: a user with username \"stored\" already exists";
        QTest::newRow("too few values") << QByteArray("email,username,coins\na@b.c,a\n")
                                        << "line 2: 2 values, but the header has 3 columns";
        QTest::newRow("empty email")
            << QByteArray("email,username\n,a\n") << "line 2: email is empty";
        QTest::newRow("no @") << QByteArray("email,username\nab.c,a\n")
                              << "line 2: email \"ab.c\" is not an email address (no @)";
    }
    void refusesTheWholeFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        StoreSeed::addUser(m_store.db(), QStringLiteral("stored@example.com"),
                           QStringLiteral("stored"));
        CsvImporter importer(m_store.db());
        const hb::Result<int> imported = importer.importCsv(text);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error(), message);
        QCOMPARE(userCount(), 1); // nothing half-imported
    }

    void missingFileIsAClearError()
    {
        CsvImporter importer(m_store.db());
        const hb::Result<int> imported = importer.importFile(QStringLiteral("/nonexistent/u.csv"));
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().startsWith(QLatin1String("cannot read /nonexistent/u.csv: ")),
                 qPrintable(imported.error()));
    }
};

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "test_csvimporter.moc"
