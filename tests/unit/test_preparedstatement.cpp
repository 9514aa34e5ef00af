// PreparedStatement: SQLite's C API path and the QSqlQuery path give processing the same values,
// the same NULLs and the same errors, on a real SQLite file and a real PostgreSQL server.
#include "store/preparedstatement.h"
#include "storevariant.h"

#include <QSqlQuery>
#include <QTest>

using namespace hb;
using store::PreparedStatement;

class TestPreparedStatement : public QObject {
    Q_OBJECT

public:
    explicit TestPreparedStatement(bool postgres)
        : m_postgres(postgres)
    {}

private:
    bool m_postgres;
    StoreVariant m_store;

    std::unique_ptr<PreparedStatement> prepare(const char *sql)
    {
        auto prepared = PreparedStatement::prepare(m_store.db(), QString::fromLatin1(sql));
        if (!prepared) {
            QTest::qFail(qPrintable(prepared.error()), __FILE__, __LINE__);
            return nullptr;
        }
        return std::move(*prepared);
    }

private slots:
    void init()
    {
        if (!m_store.open(m_postgres))
            return;
        QSqlQuery create(m_store.db().connection());
        QVERIFY(create.exec(
            QStringLiteral(
                "CREATE TABLE samples (id BIGINT PRIMARY KEY, label TEXT, amount BIGINT NOT NULL"
                " CHECK (amount >= 0), ratio DOUBLE PRECISION, data %1)")
                .arg(m_postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"))));
    }
    void cleanup() { m_store.close(); }

    void valuesComeBackAsBound()
    {
        auto insert = prepare("INSERT INTO samples (id, label, amount, ratio, data)"
                              " VALUES (?, ?, ?, ?, ?)");
        QVERIFY(insert);
        insert->bind({qint64(1), QStringLiteral("Zoë's 💰"), qint64(9007199254740993), 0.25,
                      QByteArray("\x00\xff\x10", 3)});
        QVERIFY2(insert->exec(), qPrintable(insert->errorText()));
        // A null QString and a null QByteArray are SQL NULL.
        insert->bind({qint64(2), QString(), qint64(1), QVariant(), QByteArray()});
        QVERIFY2(insert->exec(), qPrintable(insert->errorText()));

        auto select = prepare("SELECT id, label, amount, ratio, data FROM samples ORDER BY id");
        QVERIFY(select);
        select->bind({});
        QVERIFY2(select->exec(), qPrintable(select->errorText()));
        QVERIFY(select->next());
        QCOMPARE(select->value(0).toLongLong(), 1);
        QCOMPARE(select->value(1).toString(), QStringLiteral("Zoë's 💰"));
        QCOMPARE(select->value(2).toLongLong(), qint64(9007199254740993));
        QCOMPARE(select->value(3).toDouble(), 0.25);
        QCOMPARE(select->value(4).toByteArray(), QByteArray("\x00\xff\x10", 3));
        QVERIFY(!select->isNull(1));
        QVERIFY(select->next());
        QVERIFY(select->isNull(1));
        QVERIFY(select->value(1).isNull());
        QCOMPARE(select->value(2).toLongLong(), 1);
        QVERIFY(select->isNull(3));
        QVERIFY(select->isNull(4));
        QVERIFY(!select->next());
        select->finish();
    }

    // Run again with new values, or with the same ones, as a batch does thousands of times.
    void runsAgain()
    {
        auto insert = prepare("INSERT INTO samples (id, amount) VALUES (?, ?)");
        auto count =
            prepare("SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM samples WHERE amount > ?");
        QVERIFY(insert && count);
        for (qint64 id = 1; id <= 100; ++id) {
            insert->bind({id, id * 10});
            QVERIFY2(insert->exec(), qPrintable(insert->errorText()));
        }
        count->bind({qint64(500)});
        for (int run = 0; run < 2; ++run) { // the same bindings twice
            QVERIFY(count->exec());
            QVERIFY(count->next());
            QCOMPARE(count->value(0).toLongLong(), 50);
            QCOMPARE(count->value(1).toLongLong(), 37750);
            QVERIFY(!count->next());
        }
        // Stopped after the first row, then used again: no row of the last run comes back.
        auto ids = prepare("SELECT id FROM samples WHERE id <= ? ORDER BY id");
        QVERIFY(ids);
        ids->bind({qint64(3)});
        QVERIFY(ids->exec() && ids->next());
        QCOMPARE(ids->value(0).toLongLong(), 1);
        ids->finish();
        ids->bind({qint64(1)});
        QVERIFY(ids->exec() && ids->next());
        QCOMPARE(ids->value(0).toLongLong(), 1);
        QVERIFY(!ids->next());
    }

    // A constraint that fails says which, and nothing is written; the statement goes on working.
    void errorsAreReported()
    {
        auto insert = prepare("INSERT INTO samples (id, amount) VALUES (?, ?)");
        QVERIFY(insert);
        insert->bind({qint64(1), qint64(-5)});
        QVERIFY(!insert->exec());
        QVERIFY2(insert->errorText().contains(QLatin1String("check"), Qt::CaseInsensitive),
                 qPrintable(insert->errorText()));
        insert->bind({qint64(1), qint64(5)});
        QVERIFY2(insert->exec(), qPrintable(insert->errorText()));
        insert->bind({qint64(1), qint64(6)});
        QVERIFY(!insert->exec()); // the same primary key
        QVERIFY(!insert->errorText().isEmpty());
        QSqlQuery rows(m_store.db().connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT COUNT(*) FROM samples")) && rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);

        auto prepared =
            PreparedStatement::prepare(m_store.db(), QStringLiteral("SELECT nope FROM samples"));
        QVERIFY(!prepared);
        QVERIFY2(prepared.error().contains(QLatin1String("nope")), qPrintable(prepared.error()));
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestPreparedStatement>(argc, argv);
}

#include "test_preparedstatement.moc"
