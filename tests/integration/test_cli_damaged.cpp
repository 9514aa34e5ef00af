// The real hookbench executable on a store where one webhook's stored configuration was damaged by
// hand: `webhook list` still lists every webhook, the damaged one with its problem; `webhook
// export` of it fails with one line naming it; the other webhook exports, and deliveries of both
// end as they should.
#include "hookbenchprocess.h"
#include "receivedrequest.h"
#include "tempstore.h"

#include "delivery/deliveryprocessor.h"
#include "store/database.h"
#include "store/webhookrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace hb;

namespace {

using Run = HookbenchRun;

const QString damagedProblem =
    QStringLiteral("damaged: invalid JSON at offset 1: missing a name for object member");

} // namespace

class TestCliDamaged : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;

    Run run(const QStringList &arguments) const
    {
        return HookbenchProcess(m_store->path()).run(arguments);
    }
    Run run(const QString &line) const { return run(line.split(QLatin1Char(' '))); }

    QJsonArray listJson()
    {
        const Run list = run(QStringLiteral("--json webhook list"));
        if (list.exitCode != 0)
            qWarning("webhook list: %s", qPrintable(list.err));
        return QJsonDocument::fromJson(list.out).array();
    }

    void importWebhook(const QString &fileName, const QByteArray &config)
    {
        const QString path = m_store->folder() + QLatin1Char('/') + fileName;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config);
        file.close();
        const Run imported =
            run(QStringList{QStringLiteral("webhook"), QStringLiteral("import"), path});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    // What a hand edit of the file does: the repository is not asked.
    void damage(const QString &name)
    {
        store::Database db(m_store->path());
        QVERIFY(db.open().ok());
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("UPDATE webhooks SET config = ? WHERE name = ?"));
        query.addBindValue(QStringLiteral("{oops"));
        query.addBindValue(name);
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!HookbenchProcess::binary().isEmpty(), "HOOKBENCH_BIN is not set");
    }

    void init()
    {
        m_store = std::make_unique<TempStore>();
        QCOMPARE(run(QStringLiteral("user add --email ann@example.com --username ann")).exitCode,
                 0);
        importWebhook(QStringLiteral("bonus.json"),
                      R"({"name": "Bonus", "api_key": "0123456789abcdef0123456789abcdef",
            "user": {"identifier": "username", "path": "/user"},
            "currencies": [{"currency": "coins", "operator": "add", "path": "/bonus"}]})");
        importWebhook(QStringLiteral("coins.json"), R"({"name": "Coins",
            "user": {"identifier": "username", "path": "/user"},
            "currencies": [{"currency": "coins", "operator": "overwrite", "path": "/coins"}]})");
    }

    void cleanup() { m_store.reset(); }

    void listShowsEveryWebhookAndTheProblem()
    {
        const QJsonArray before = listJson();
        QCOMPARE(before.size(), 2);
        damage(QStringLiteral("Bonus"));
        const QJsonArray after = listJson();
        QCOMPARE(after.size(), 2);
        // The healthy one exactly as before (SPEC §7's shape).
        QCOMPARE(after.at(1), before.at(1));
        // The damaged one: what its columns know, and the problem instead of the unknown rest.
        const QJsonObject healthyBonus = before.at(0).toObject();
        const QJsonObject expected{
            {QStringLiteral("name"), QStringLiteral("Bonus")},
            {QStringLiteral("token"), healthyBonus.value(QStringLiteral("token"))},
            {QStringLiteral("url"), healthyBonus.value(QStringLiteral("url"))},
            {QStringLiteral("enabled"), true},
            {QStringLiteral("error"), damagedProblem},
        };
        QCOMPARE(after.at(0).toObject(), expected);

        const Run plain = run(QStringLiteral("webhook list"));
        QCOMPARE(plain.exitCode, 0);
        const QStringList lines = QString::fromUtf8(plain.out).split(QLatin1Char('\n'));
        QVERIFY2(lines.value(0).contains(QLatin1String("PROBLEM")), plain.out.constData());
        QVERIFY2(lines.value(1).startsWith(QLatin1String("Bonus"))
                     && lines.value(1).endsWith(damagedProblem),
                 plain.out.constData());
        QVERIFY2(lines.value(2).startsWith(QLatin1String("Coins")), plain.out.constData());
    }

    void exportOfTheDamagedOneFailsInOneLine()
    {
        damage(QStringLiteral("Bonus"));
        const Run exported = run(QStringLiteral("webhook export Bonus"));
        QVERIFY(exported.exitCode != 0);
        QCOMPARE(exported.err, QStringLiteral("hookbench: webhook \"Bonus\" is ") + damagedProblem
                                   + QLatin1Char('\n'));
        QCOMPARE(exported.out, QByteArray());

        const Run other = run(QStringLiteral("webhook export Coins"));
        QCOMPARE(other.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(other.out).object().value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("Coins")));

        // It can still be removed, and then the list is the usual one again.
        QCOMPARE(run(QStringLiteral("webhook remove Bonus")).exitCode, 0);
        const Run plain = run(QStringLiteral("webhook list"));
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(!plain.out.contains("PROBLEM"), plain.out.constData());
    }

    void deliveriesOfBothEndAsTheyShould()
    {
        qint64 bonus = 0, coins = 0;
        {
            store::Database db(m_store->path());
            QVERIFY(db.open().ok());
            store::WebhookRepository webhooks(db);
            auto all = webhooks.list();
            QVERIFY(all.ok() && all->size() == 2);
            QList<store::NewDelivery> received;
            for (const mapping::Webhook &webhook : *all)
                received << ReceivedRequest::of(webhook,
                                                R"({"user": "ann", "bonus": 5, "coins": 3})");
            const QList<qint64> inserted = ReceivedRequest::insert(db, received);
            bonus = inserted.at(0);
            coins = inserted.at(1);
        }
        damage(QStringLiteral("Bonus"));
        {
            store::Database db(m_store->path());
            QVERIFY(db.open().ok());
            auto processed = delivery::DeliveryProcessor(db).processPending();
            QVERIFY2(processed.ok(), qPrintable(processed.error()));
            QCOMPARE(*processed, 2);
        }
        const Run failed = run(QStringLiteral("--json delivery show ") + QString::number(bonus));
        QCOMPARE(failed.exitCode, 0);
        const QJsonObject failedJson = QJsonDocument::fromJson(failed.out).object();
        QCOMPARE(failedJson.value(QStringLiteral("status")), QJsonValue(QStringLiteral("failed")));
        QCOMPARE(failedJson.value(QStringLiteral("reason")),
                 QJsonValue(QStringLiteral("webhook \"Bonus\" is ") + damagedProblem));
        const Run applied = run(QStringLiteral("--json delivery show ") + QString::number(coins));
        QCOMPARE(QJsonDocument::fromJson(applied.out).object().value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("success")));
        const Run user = run(QStringLiteral("--json user show ann"));
        QCOMPARE(QJsonDocument::fromJson(user.out).object().value(QStringLiteral("coins")),
                 QJsonValue(3));
    }
};

QTEST_GUILESS_MAIN(TestCliDamaged)
#include "test_cli_damaged.moc"
