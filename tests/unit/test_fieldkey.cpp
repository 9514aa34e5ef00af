#include "mapping/fieldkey.h"

#include <QTest>

using hb::mapping::FieldKey;

class TestFieldKey : public QObject {
    Q_OBJECT
private slots:
    void fromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("spec example") << "Deposit amount"
                                      << "deposit-amount";
        QTest::newRow("trimmed") << "  Level  "
                                 << "level";
        QTest::newRow("runs of spaces") << "Total   deposit  amount"
                                        << "total-deposit-amount";
        QTest::newRow("tab") << "first\tname"
                             << "first-name";
        QTest::newRow("already a key") << "vip_level-2"
                                       << "vip_level-2";
    }
    void fromName()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(FieldKey::fromName(name), key);
        QVERIFY(FieldKey::isValid(FieldKey::fromName(name)));
    }

    void isValid_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::newRow("letters") << "nickname" << true;
        QTest::newRow("digits dash underscore") << "a-1_b" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("upper case") << "Nickname" << false;
        QTest::newRow("space") << "nick name" << false;
        QTest::newRow("dot") << "a.b" << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("accent") << QStringLiteral("caf\u00e9") << false;
    }
    void isValid()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QCOMPARE(FieldKey::isValid(key), valid);
        QCOMPARE(FieldKey::problem(key).isEmpty(), valid);
    }

    void problemNamesTheCharacter()
    {
        QCOMPARE(FieldKey::problem(QStringLiteral("a.b")),
                 QStringLiteral("invalid field key \"a.b\": use only lower-case letters, digits, "
                                "- and _ (\".\" is not allowed)"));
        QCOMPARE(FieldKey::problem(QString()), QStringLiteral("a field key cannot be empty"));
    }
};

QTEST_GUILESS_MAIN(TestFieldKey)
#include "test_fieldkey.moc"
