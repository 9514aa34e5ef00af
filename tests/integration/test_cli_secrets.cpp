// Secrets are not shown by default (SPEC §3): `delivery show` (text and --json) and `refused`
// print the x-api-key value and signatures masked, and --reveal prints them as sent. Run as the
// real executable on a temporary store; the delivery and the refusal are put in as the catcher
// stores them.
#include "hookbenchprocess.h"
#include "receivedrequest.h"
#include "refusedrequest.h"
#include "tempstore.h"

#include "store/database.h"
#include "store/webhookrepository.h"

#include <QFile>
#include <QTest>

#include <memory>

using namespace hb;

namespace {

const QByteArray apiKey = "k3y-0123456789abcdef0123456789abcdef";
const QByteArray signature = "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=";

} // namespace

class TestCliSecrets : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    qint64 m_delivery = 0;

    HookbenchRun run(const QString &line) const
    {
        return HookbenchProcess(m_store->path()).run(line.split(QLatin1Char(' ')));
    }

    HookbenchRun ok(const QString &line) const
    {
        HookbenchRun result = run(line);
        if (result.exitCode != 0)
            qWarning("%s: %s", qPrintable(line), qPrintable(result.err));
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!HookbenchProcess::binary().isEmpty(), "HOOKBENCH_BIN is not set");
        m_store = std::make_unique<TempStore>();
        QCOMPARE(ok(QStringLiteral("field add total-deposit --type number")).exitCode, 0);
        const QString config = m_store->folder() + QStringLiteral("/deposit.json");
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "Deposit", "user": {"identifier": "email", "path": "/email"},
            "fields": [{"field": "total-deposit", "operator": "add", "path": "/amount"}]})");
        file.close();
        QCOMPARE(ok(QStringLiteral("webhook import ") + config).exitCode, 0);

        store::Database db(m_store->path());
        QVERIFY(db.open().ok());
        auto webhook = store::WebhookRepository(db).findByName(QStringLiteral("Deposit"));
        QVERIFY(webhook.ok() && webhook->has_value());
        store::NewDelivery delivery = ReceivedRequest::of(**webhook, R"({"amount": 1})");
        delivery.headers << qMakePair(QByteArray("X-Api-Key"), apiKey)
                         << qMakePair(QByteArray("webhook-signature"), signature);
        m_delivery = ReceivedRequest::insert(db, {delivery}).at(0);

        store::RejectedRequest refused = RefusedRequest::of(
            401, QStringLiteral("Deposit"), QStringLiteral("wrong x-api-key"), "{}");
        refused.headers = {{"X-Api-Key", apiKey}};
        RefusedRequest::log(db, {refused});
    }

    void cleanupTestCase() { m_store.reset(); }

    void deliveryShowMasksTheKey()
    {
        const HookbenchRun json = ok(QStringLiteral("--json delivery show %1").arg(m_delivery));
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(!json.out.contains(apiKey), json.out.constData());
        QVERIFY2(!json.out.contains(signature), json.out.constData());
        const QJsonObject headers = json.object()
                                        .value(QStringLiteral("request"))
                                        .toObject()
                                        .value(QStringLiteral("headers"))
                                        .toObject();
        QCOMPARE(headers.value(QStringLiteral("X-Api-Key")).toString(),
                 QStringLiteral("k3y-…(36 chars)"));
        QCOMPARE(headers.value(QStringLiteral("webhook-signature")).toString(),
                 QStringLiteral("v1,K5oZ…(44 chars)"));

        const HookbenchRun text = ok(QStringLiteral("delivery show %1").arg(m_delivery));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("X-Api-Key: k3y-…(36 chars)"), text.out.constData());
        QVERIFY2(!text.out.contains(apiKey), text.out.constData());
        QVERIFY2(!text.out.contains(signature), text.out.constData());
    }

    void revealShowsItAsSent()
    {
        const HookbenchRun json =
            ok(QStringLiteral("--json delivery show %1 --reveal").arg(m_delivery));
        QCOMPARE(json.exitCode, 0);
        const QJsonObject headers = json.object()
                                        .value(QStringLiteral("request"))
                                        .toObject()
                                        .value(QStringLiteral("headers"))
                                        .toObject();
        QCOMPARE(headers.value(QStringLiteral("X-Api-Key")).toString(), QString::fromUtf8(apiKey));
        QCOMPARE(headers.value(QStringLiteral("webhook-signature")).toString(),
                 QString::fromUtf8(signature));

        const HookbenchRun text = ok(QStringLiteral("delivery show --reveal %1").arg(m_delivery));
        QVERIFY2(text.out.contains(QByteArray(QByteArray("X-Api-Key: ") + apiKey)),
                 text.out.constData());
        QVERIFY2(text.out.contains(QByteArray(QByteArray("webhook-signature: ") + signature)),
                 text.out.constData());
    }

    // --reveal is a flag of show (and rerun) only; a typo is still refused by name.
    void revealIsAFlagOfShowOnly()
    {
        verifyOneLineError(run(QStringLiteral("delivery show %1 --revael").arg(m_delivery)),
                           QStringLiteral("delivery show --revael"),
                           QStringLiteral("unknown option --revael (expected --reveal)"));
        verifyOneLineError(run(QStringLiteral("delivery show %1 --reveal=yes").arg(m_delivery)),
                           QStringLiteral("delivery show --reveal=yes"),
                           QStringLiteral("--reveal takes no value"));
        verifyOneLineError(run(QStringLiteral("delivery list --reveal")),
                           QStringLiteral("delivery list --reveal"),
                           QStringLiteral("unknown option --reveal (expected --status, "
                                          "--webhook, --limit, --before, --since, --until, "
                                          "--search)"));
    }

    void refusedMasksUnlessRevealed()
    {
        const HookbenchRun json = ok(QStringLiteral("--json refused"));
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(!json.out.contains(apiKey), json.out.constData());
        QCOMPARE(json.array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("request"))
                     .toObject()
                     .value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("X-Api-Key"))
                     .toString(),
                 QStringLiteral("k3y-…(36 chars)"));
        const HookbenchRun revealed = ok(QStringLiteral("--json refused --reveal"));
        QCOMPARE(revealed.exitCode, 0);
        QVERIFY2(revealed.out.contains(apiKey), revealed.out.constData());
        QVERIFY2(!ok(QStringLiteral("refused")).out.contains(apiKey), "refused table");
        verifyOneLineError(run(QStringLiteral("refused --revael")),
                           QStringLiteral("refused --revael"),
                           QStringLiteral("unknown option --revael (expected --webhook, --limit, "
                                          "--reveal)"));
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "test_cli_secrets.moc"
