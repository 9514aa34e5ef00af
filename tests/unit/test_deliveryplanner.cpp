// The whole delivery's plan (SPEC §2, §6): when -> Skipped, for_each items, chaining, failures
// naming the item, default and transforms through the planner, all without a store.
#include "mapping/deliveryplanner.h"
#include "mapping/webhookconfig.h"
#include "payload/jsonnumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hb::mapping;

namespace {

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

const QList<CustomField> communityFields{
    {QStringLiteral("winnings"), QStringLiteral("Winnings"), FieldType::Number},
    {QStringLiteral("tier"), QStringLiteral("Tier"), FieldType::Text},
    {QStringLiteral("joined"), QStringLiteral("Joined"), FieldType::Date},
};

Webhook config(const char *text)
{
    auto webhook = WebhookConfig::fromJson(QByteArray(text), &communityFields);
    if (!webhook)
        qFatal("bad test config: %s", qPrintable(webhook.error()));
    return *webhook;
}

// A community of three players, by username and email; counts the lookups.
struct Community {
    int lookups = 0;
    DeliveryPlanner::FindUser finder()
    {
        return [this](Identifier identifier,
                      const QString &value) -> hb::Result<std::optional<UserState>> {
            ++lookups;
            for (int id = 1; id <= 3; ++id) {
                const QString name = QStringLiteral("p%1").arg(id);
                const QString email = name + QStringLiteral("@x.com");
                if ((identifier == Identifier::Username && value == name)
                    || (identifier == Identifier::Email && value.toLower() == email)) {
                    UserState user;
                    user.id = id;
                    user.label = email;
                    user.xp = 10 * id;
                    user.fields.insert(QStringLiteral("winnings"), QStringLiteral("1.5"));
                    return std::optional<UserState>(user);
                }
            }
            return std::optional<UserState>();
        };
    }
};

const char *tournament = R"({
    "name": "Tournament payout",
    "user": {"identifier": "username", "path": "/player"},
    "for_each": "/results",
    "fields": [{"field": "winnings", "operator": "add", "path": "/prize_cents",
                "transform": [{"multiply": "0.01"}], "default": "0"}],
    "currencies": [{"currency": "xp", "operator": "add", "path": "/score",
                    "transform": [{"round": 0}]}]
})";

} // namespace

class TestDeliveryPlanner : public QObject {
    Q_OBJECT

private slots:
    void tournamentPaysEveryPlayer()
    {
        Community community;
        auto plan = DeliveryPlanner::plan(config(tournament), json(R"({"results": [
            {"player": "p1", "prize_cents": 12345, "score": 10.5},
            {"player": "p2", "score": 3.4},
            {"player": "p1", "prize_cents": 5, "score": 1}]})"),
                                          communityFields, community.finder());
        QVERIFY2(plan, qPrintable(plan.error()));
        QVERIFY(!plan->skipped);
        QCOMPARE(plan->items.size(), 3);
        const auto &first = plan->items.at(0);
        QCOMPARE(first.index, 0);
        QCOMPARE(first.pointer, QStringLiteral("/results/0"));
        QCOMPARE(first.identifier, QStringLiteral("p1"));
        QCOMPARE(first.plan.fields.at(0).newValue, QStringLiteral("124.95")); // 1.5 + 123.45
        QCOMPARE(first.plan.currencies.at(0).newValue, qint64(21));           // 10 + round(10.5)
        // No prize: the default "0" is added.
        QCOMPARE(plan->items.at(1).plan.fields.at(0).newValue, QStringLiteral("1.5"));
        QCOMPARE(plan->items.at(1).plan.currencies.at(0).newValue, qint64(23));
        // p1 again: starts from the first item's result.
        const auto &third = plan->items.at(2);
        QCOMPARE(third.user.xp, qint64(21));
        QCOMPARE(third.plan.fields.at(0).oldValue.value_or(QString()), QStringLiteral("124.95"));
        QCOMPARE(third.plan.fields.at(0).newValue, QStringLiteral("125"));
        QCOMPARE(third.plan.currencies.at(0).newValue, qint64(22));
        QVERIFY(!plan->message);
    }

    void aBadItemFailsTheDeliveryNamingIt()
    {
        Community community;
        Webhook webhook = config(tournament);
        webhook.user.identifier = Identifier::Email;
        auto plan = DeliveryPlanner::plan(webhook, json(R"({"results": [
            {"player": "p1@x.com", "score": 1}, {"player": "p2@x.com", "score": 1},
            {"player": "p3@x.com", "score": 1}, {"player": "x@y.z", "score": 1}]})"),
                                          communityFields, community.finder());
        QVERIFY(!plan);
        QCOMPARE(plan.error(),
                 QStringLiteral(R"(item 3 (/results/3): no user with email "x@y.z")"));
        QCOMPARE(plan.errorKind(), hb::ErrorKind::UnknownUser);
    }

    void itemStepFailureNamesItemMappingAndStep()
    {
        Community community;
        auto plan = DeliveryPlanner::plan(config(tournament),
                                          json(R"({"results": [{"player": "p2", "score": 1,
                                                   "prize_cents": "abc"}]})"),
                                          communityFields, community.finder());
        QVERIFY(!plan);
        QCOMPARE(plan.error(), QStringLiteral(R"(item 0 (/results/0): fields[0] winnings: step 1 )"
                                              R"((multiply): value "abc" is not a number)"));
    }

    void forEachArrayProblems_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<bool>("skipped");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << R"({"results": []})" << true
                               << "for_each /results is an empty array: no items";
        QTest::newRow("missing") << R"({"other": []})" << false
                                 << "for_each path /results not found in payload";
        QTest::newRow("not an array") << R"({"results": {"player": "p1"}})" << false
                                      << R"(value {"player":"p1"} at /results (for_each) is not )"
                                         R"(an array)";
    }
    void forEachArrayProblems()
    {
        QFETCH(QString, payload);
        QFETCH(bool, skipped);
        QFETCH(QString, reason);
        Community community;
        auto plan = DeliveryPlanner::plan(config(tournament), json(payload.toUtf8().constData()),
                                          communityFields, community.finder());
        QCOMPARE(plan.ok(), skipped);
        if (skipped) {
            QVERIFY(plan->skipped);
            QCOMPARE(plan->skipReason, reason);
            QVERIFY(plan->items.isEmpty());
        } else {
            QCOMPARE(plan.error(), reason);
        }
        QCOMPARE(community.lookups, 0);
    }

    void nestedForEachPath()
    {
        Community community;
        Webhook webhook = config(tournament);
        webhook.forEach = QStringLiteral("/rounds/1/players");
        auto plan = DeliveryPlanner::plan(
            webhook,
            json(R"({"rounds": [{"players": []}, {"players": [{"player": "p3", "score": 2}]}]})"),
            communityFields, community.finder());
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->items.size(), 1);
        QCOMPARE(plan->items.at(0).pointer, QStringLiteral("/rounds/1/players/0"));
        QCOMPARE(plan->items.at(0).plan.currencies.at(0).newValue, qint64(32));
    }

    void unmetConditionSkipsBeforeAnyLookup()
    {
        Community community;
        const Webhook webhook = config(R"({"name": "Deposits",
            "user": {"identifier": "email", "path": "/email"},
            "when": [{"path": "/event", "operator": "equals", "value": "deposit"}],
            "fields": [{"field": "winnings", "operator": "add", "path": "/cents",
                        "transform": [{"divide": "100"}]}],
            "message": {"channel": "general", "template": "{{/email}} +{{/cents}}"}})");
        auto skipped = DeliveryPlanner::plan(webhook, json(R"({"event": "refund"})"),
                                             communityFields, community.finder());
        QVERIFY(skipped);
        QVERIFY(skipped->skipped);
        QCOMPARE(skipped->skipReason,
                 QStringLiteral(R"(condition /event equals "deposit" not met (was "refund"))"));
        QCOMPARE(community.lookups, 0);
        auto missing =
            DeliveryPlanner::plan(webhook, json(R"({})"), communityFields, community.finder());
        QCOMPARE(missing->skipReason,
                 QStringLiteral(R"(condition /event equals "deposit" not met (was missing))"));

        auto applied = DeliveryPlanner::plan(
            webhook, json(R"({"event": "deposit", "email": "P2@x.com", "cents": 250})"),
            communityFields, community.finder());
        QVERIFY2(applied, qPrintable(applied->skipReason + applied.error()));
        QVERIFY(!applied->skipped);
        QCOMPARE(applied->items.size(), 1);
        QCOMPARE(applied->items.at(0).index, -1);
        QCOMPARE(applied->items.at(0).plan.fields.at(0).newValue, QStringLiteral("4"));
        QCOMPARE(applied->message->text, QStringLiteral("P2@x.com +250"));
    }

    void coinsMustComeOutWhole()
    {
        Community community;
        const Webhook webhook = config(R"({"name": "Bonus",
            "user": {"identifier": "username", "path": "/u"},
            "currencies": [{"currency": "coins", "operator": "add", "path": "/bonus",
                            "transform": [{"divide": "2"}]}]})");
        auto plan = DeliveryPlanner::plan(webhook, json(R"({"u": "p1", "bonus": 25})"),
                                          communityFields, community.finder());
        QVERIFY(!plan);
        QCOMPARE(plan.error(), QStringLiteral("coins must be whole (12.5 from /bonus)"));
        QCOMPARE(plan.errorKind(), hb::ErrorKind::NotWholeNumber);
    }

    void outOfRangeIsNotCalledNotANumber()
    {
        Community community;
        const Webhook webhook = config(R"({"name": "Deposits",
            "user": {"identifier": "username", "path": "/u"},
            "fields": [{"field": "winnings", "operator": "add", "path": "/amount"}]})");
        QJsonObject payload{
            {QStringLiteral("u"), QStringLiteral("p1")},
            {QStringLiteral("amount"), hb::payload::JsonNumber::fromText(u"1e400")}};
        auto plan = DeliveryPlanner::plan(webhook, payload, communityFields, community.finder());
        QCOMPARE(plan.error(), QStringLiteral("value 1e400 at /amount is out of range (at most 38 "
                                              "significant digits)"));
        payload.insert(QStringLiteral("amount"), QStringLiteral("abc"));
        plan = DeliveryPlanner::plan(webhook, payload, communityFields, community.finder());
        QCOMPARE(plan.error(), QStringLiteral(R"(value "abc" at /amount is not a number)"));
        // 38 digits go through whole.
        payload.insert(QStringLiteral("amount"),
                       hb::payload::JsonNumber::fromText(u"1234567890123456789012345678901234.5"));
        plan = DeliveryPlanner::plan(webhook, payload, communityFields, community.finder());
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->items.at(0).plan.fields.at(0).newValue,
                 QStringLiteral("1234567890123456789012345678901236"));
    }

    void defaultOnlyForMissingOrNull()
    {
        Community community;
        const Webhook webhook = config(R"({"name": "Tier",
            "user": {"identifier": "username", "path": "/u"},
            "fields": [{"field": "tier", "operator": "overwrite", "path": "/tier",
                        "transform": [{"lowercase": true}, {"map": {"g": "gold"}, "else": "none"}],
                        "default": "G"}]})");
        auto tier = [&](const char *payload) {
            auto plan =
                DeliveryPlanner::plan(webhook, json(payload), communityFields, community.finder());
            return plan ? plan->items.at(0).plan.fields.at(0).newValue
                        : QStringLiteral("!") + plan.error();
        };
        QCOMPARE(tier(R"({"u": "p1"})"), QStringLiteral("gold"));
        QCOMPARE(tier(R"({"u": "p1", "tier": null})"), QStringLiteral("gold"));
        QCOMPARE(tier(R"({"u": "p1", "tier": ""})"), QStringLiteral("none"));
        QCOMPARE(tier(R"({"u": "p1", "tier": "G"})"), QStringLiteral("gold"));
    }

    void dateStepFeedsADateField()
    {
        Community community;
        const Webhook webhook = config(R"({"name": "Joined",
            "user": {"identifier": "username", "path": "/u"},
            "fields": [{"field": "joined", "operator": "overwrite", "path": "/at",
                        "transform": [{"date": "unix"}]}]})");
        auto plan = DeliveryPlanner::plan(webhook, json(R"({"u": "p1", "at": 1764115200})"),
                                          communityFields, community.finder());
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->items.at(0).plan.fields.at(0).newValue,
                 QStringLiteral("2025-11-26T00:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryPlanner)
#include "test_deliveryplanner.moc"
