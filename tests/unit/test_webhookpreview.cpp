// WebhookService::preview (the designer's preview): the whole delivery plan of an edited,
// unsaved webhook on a sample payload, with users from the store, and nothing written.
#include "storevariant.h"

#include "mapping/webhookconfig.h"
#include "services/communityservice.h"
#include "services/webhookservice.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hb;

class TestWebhookPreview : public QObject {
    Q_OBJECT

public:
    explicit TestWebhookPreview(bool postgres)
        : m_postgres(postgres)
    {}

private:
    bool m_postgres = false;
    StoreVariant m_store;

    static QJsonValue json(const char *text) { return QJsonDocument::fromJson(text).object(); }

    static mapping::Webhook config(const char *text)
    {
        auto webhook = mapping::WebhookConfig::fromJson(QByteArray(text), nullptr);
        if (!webhook)
            qFatal("bad test config: %s", qPrintable(webhook.error()));
        return *webhook;
    }

private slots:
    void init()
    {
        if (!m_store.open(m_postgres))
            return;
        services::CommunityService community(m_store.db());
        QVERIFY(community.addField(
            {QStringLiteral("winnings"), QString(), mapping::FieldType::Number}));
        for (const char *name : {"p1", "p2"}) {
            store::User user;
            user.username = QString::fromLatin1(name);
            user.email = user.username + QStringLiteral("@example.com");
            user.xp = 5;
            QVERIFY(community.addUser(user));
        }
    }
    void cleanup() { m_store.close(); }

    void previewPlansEveryItemAndWritesNothing()
    {
        const mapping::Webhook webhook = config(R"({"name": "Unsaved",
            "user": {"identifier": "username", "path": "/player"}, "for_each": "/results",
            "currencies": [{"currency": "xp", "operator": "add", "path": "/score"}]})");
        const services::WebhookService service(m_store.db());
        auto plan = service.preview(webhook, json(R"({"results": [{"player": "p1", "score": 2},
                                                                   {"player": "p2", "score": 3},
                                                                   {"player": "p1", "score": 4}]})"));
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->items.size(), 3);
        QCOMPARE(plan->items.at(0).user.label, QStringLiteral("p1@example.com"));
        QCOMPARE(plan->items.at(2).plan.currencies.at(0).oldValue, qint64(7)); // chained
        QCOMPARE(plan->items.at(2).plan.currencies.at(0).newValue, qint64(11));
        services::CommunityService community(m_store.db());
        auto p1 = community.findUser(plan->items.at(0).user.id);
        QVERIFY(p1);
        QCOMPARE(p1->xp, qint64(5)); // a preview applies nothing

        auto unknown = service.preview(webhook, json(R"({"results": [{"player": "p9"}]})"));
        QCOMPARE(unknown.error(),
                 QStringLiteral(R"(item 0 (/results/0): no user with username "p9")"));
    }

    void previewNamesTheUnmetCondition()
    {
        const mapping::Webhook webhook = config(R"({"name": "Unsaved",
            "user": {"identifier": "email", "path": "/email"},
            "when": [{"path": "/event", "operator": "one_of", "value": ["deposit", "bonus"]}],
            "currencies": [{"currency": "coins", "operator": "add", "path": "/n"}]})");
        const services::WebhookService service(m_store.db());
        auto plan = service.preview(webhook, json(R"({"event": "refund"})"));
        QVERIFY(plan);
        QVERIFY(plan->skipped);
        QCOMPARE(plan->skipReason, QStringLiteral(R"(condition /event one_of ["deposit","bonus"])"
                                                  R"( not met (was "refund"))"));
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestWebhookPreview>(argc, argv);
}

#include "test_webhookpreview.moc"
