// "What happened to this user?" as the services answer it, on SQLite and on PostgreSQL, after
// real processing: the user's field history, coins and XP, the messages and deliveries that
// concern them (and no one else's), each newest first and paged; a change made by hand; the
// channels with their messages.
#include "processorfixture.h"

#include "services/communityservice.h"
#include "services/useractivityservice.h"

using namespace hb;
using services::ActivityPage;
using services::UserActivityService;

namespace {

constexpr const char *bonusConfig = R"({
    "name": "Deposit bonus",
    "user": {"identifier": "email", "path": "/email"},
    "fields": [{"field": "total-deposit", "operator": "add", "path": "/amount"}],
    "currencies": [{"currency": "coins", "operator": "add", "path": "/bonus"}],
    "message": {"channel": "general", "template": "{{/email}} deposited {{/amount}}"}
})";

// Writes a message only: what ties it to the user is the delivery's user, not a history row.
constexpr const char *chatConfig = R"({
    "name": "Chat",
    "user": {"identifier": "email", "path": "/email"},
    "message": {"channel": "chat", "template": "{{/text}}"}
})";

template <typename T> QList<qint64> deliveryIds(const QList<T> &entries)
{
    QList<qint64> ids;
    for (const T &entry : entries)
        ids << entry.deliveryId;
    return ids;
}

QList<qint64> ids(const QList<services::DeliveryRecord> &records)
{
    QList<qint64> ids;
    for (const services::DeliveryRecord &record : records)
        ids << record.id;
    return ids;
}

} // namespace

class TestUserActivity : public ProcessorFixture {
    Q_OBJECT

public:
    using ProcessorFixture::ProcessorFixture;

private:
    qint64 m_ann = 0;
    qint64 m_bob = 0;
    // Ann's deliveries: two deposits, one that failed for her, one chat message.
    qint64 m_first = 0, m_failed = 0, m_second = 0, m_chat = 0;
    qint64 m_bobs = 0, m_nobodys = 0;
    qint64 m_manualId = 0;

    qint64 deposit(const mapping::Webhook &webhook, const char *email, const char *amount,
                   int bonus)
    {
        return receive(webhook, QStringLiteral(R"({"email": "%1", "amount": %2, "bonus": %3})")
                                    .arg(QLatin1String(email), QLatin1String(amount))
                                    .arg(bonus)
                                    .toUtf8());
    }

    // By hand, as `hookbench user set` and the window's forms do: kept with source (or action)
    // manual and no delivery.
    void changeByHand(qint64 userId)
    {
        services::CommunityService community(*m_db);
        auto set =
            community.setFieldValue(userId, QStringLiteral("nickname"), QStringLiteral("annie"));
        QVERIFY2(set, qPrintable(set.error()));
        m_manualId = scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM field_history"));
        auto balance = community.setBalance(userId, QStringLiteral("xp"), 40);
        QVERIFY2(balance, qPrintable(balance.error()));
    }

    // What each test starts from, on the fixture's store (its init() made ann and the fields).
    void seed()
    {
        QVERIFY(m_db);
        m_ann = user(QStringLiteral("ann@example.com")).id;
        hb::store::User bob;
        bob.email = QStringLiteral("bob@example.com");
        bob.username = QStringLiteral("bob");
        auto added = hb::store::UserRepository(*m_db).add(bob);
        QVERIFY2(added, qPrintable(added.error()));
        m_bob = added->id;

        const auto bonus = addWebhook(bonusConfig);
        const auto chat = addWebhook(chatConfig);
        m_first = deposit(bonus, "ann@example.com", "5", 3);
        m_bobs = deposit(bonus, "bob@example.com", "1", 1);
        m_failed = deposit(bonus, "ann@example.com", "\"abc\"", 1);
        m_nobodys = deposit(bonus, "nobody@example.com", "1", 1);
        m_second = deposit(bonus, "ann@example.com", "2.5", 2);
        m_chat = receive(chat, R"({"email": "ann@example.com", "text": "hello from ann"})");
        QCOMPARE(processAll(), 6);
        QCOMPARE(delivery(m_failed).status, DeliveryStatus::Failed);
        QCOMPARE(delivery(m_second).status, DeliveryStatus::Success);
        changeByHand(m_ann);
    }

private slots:

    void profileHasEveryFieldAndTheBalances()
    {
        seed();
        if (QTest::currentTestFailed())
            return;
        auto profile = UserActivityService(*m_db).profile(m_ann);
        QVERIFY2(profile, qPrintable(profile.error()));
        QCOMPARE(profile->user.email, QStringLiteral("ann@example.com"));
        QCOMPARE(profile->user.username, QStringLiteral("ann"));
        QCOMPARE(profile->user.coins, 15); // 10 + 3 + 2
        QCOMPARE(profile->user.fields.value(QStringLiteral("total-deposit")),
                 QStringLiteral("17.5"));
        QCOMPARE(profile->user.xp, 40);
        QCOMPARE(profile->user.fields.value(QStringLiteral("nickname")), QStringLiteral("annie"));
        QCOMPARE(profile->fields.size(), 2);
        QCOMPARE(profile->fields.at(0).key, QStringLiteral("nickname"));

        auto gone = UserActivityService(*m_db).profile(999999);
        QVERIFY(!gone);
        QCOMPARE(gone.errorKind(), ErrorKind::NotFound);
    }

    void fieldHistoryIsTheUsersNewestFirstWithTheHandMadeChange()
    {
        seed();
        if (QTest::currentTestFailed())
            return;
        auto history = UserActivityService(*m_db).history(m_ann);
        QVERIFY2(history, qPrintable(history.error()));
        QCOMPARE(deliveryIds(*history), (QList<qint64>{0, m_second, m_first}));
        QCOMPARE(history->at(0).source, QStringLiteral("manual"));
        QCOMPARE(history->at(0).newValue.toString(), QStringLiteral("annie"));
        QCOMPARE(history->at(1).source, QStringLiteral("Deposit bonus"));
        QCOMPARE(history->at(1).oldValue.toDouble(), 15.0);
        QCOMPARE(history->at(1).newValue.toDouble(), 17.5);
        QCOMPARE(history->at(1).op, QStringLiteral("add"));
        QVERIFY(!history->at(1).at.isEmpty());

        // Bob's one change is his own.
        auto bobs = UserActivityService(*m_db).history(m_bob);
        QVERIFY(bobs);
        QCOMPARE(deliveryIds(*bobs), QList<qint64>{m_bobs});
    }

    void pagesFollowEachOtherToTheOldest()
    {
        seed();
        if (QTest::currentTestFailed())
            return;
        UserActivityService service(*m_db);
        QList<qint64> seen;
        qint64 before = 0;
        for (int page = 0; page < 5; ++page) {
            auto rows = service.history(m_ann, ActivityPage{1, before});
            QVERIFY2(rows, qPrintable(rows.error()));
            if (rows->isEmpty())
                break;
            QCOMPARE(rows->size(), 1);
            seen << rows->constFirst().deliveryId;
            before = rows->constFirst().id;
        }
        QCOMPARE(seen, (QList<qint64>{0, m_second, m_first}));
        QCOMPARE(service.history(m_ann, ActivityPage{1, m_manualId})->constFirst().deliveryId,
                 m_second);

        auto newest = service.deliveries(m_ann, ActivityPage{2, 0});
        QVERIFY2(newest, qPrintable(newest.error()));
        QCOMPARE(ids(*newest), (QList<qint64>{m_chat, m_second}));
        auto older = service.deliveries(m_ann, ActivityPage{2, m_second});
        QVERIFY(older);
        QCOMPARE(ids(*older), (QList<qint64>{m_failed, m_first}));
        QVERIFY(service.deliveries(m_ann, ActivityPage{2, m_first})->isEmpty());
    }

    void gamificationLogHasDeltasAndBalances()
    {
        seed();
        if (QTest::currentTestFailed())
            return;
        auto log = UserActivityService(*m_db).gamificationLog(m_ann);
        QVERIFY2(log, qPrintable(log.error()));
        QCOMPARE(deliveryIds(*log), (QList<qint64>{0, m_second, m_first}));
        QCOMPARE(log->at(0).currency, QStringLiteral("xp"));
        QCOMPARE(log->at(0).action, QStringLiteral("manual"));
        QCOMPARE(log->at(0).delta, 40);
        QCOMPARE(log->at(0).balance, 40);
        QCOMPARE(log->at(1).currency, QStringLiteral("coins"));
        QCOMPARE(log->at(1).delta, 2);
        QCOMPARE(log->at(1).balance, 15);
        QCOMPARE(log->at(2).delta, 3);
        QCOMPARE(log->at(2).balance, 13);
        QCOMPARE(log->at(2).action, QStringLiteral("Deposit bonus"));
    }

    void messagesAreThoseOfTheUsersDeliveries()
    {
        seed();
        if (QTest::currentTestFailed())
            return;
        auto messages = UserActivityService(*m_db).messages(m_ann);
        QVERIFY2(messages, qPrintable(messages.error()));
        QCOMPARE(deliveryIds(*messages), (QList<qint64>{m_chat, m_second, m_first}));
        QCOMPARE(messages->at(0).channel, QStringLiteral("chat"));
        QCOMPARE(messages->at(0).text, QStringLiteral("hello from ann"));
        QCOMPARE(messages->at(0).author, QStringLiteral("Chat"));
        QCOMPARE(messages->at(1).text, QStringLiteral("ann@example.com deposited 2.5"));
        auto page = UserActivityService(*m_db).messages(m_ann, ActivityPage{1, messages->at(0).id});
        QVERIFY(page);
        QCOMPARE(deliveryIds(*page), QList<qint64>{m_second});
    }

    void deliveriesIncludeTheFailedOneAndNoOneElses()
    {
        seed();
        if (QTest::currentTestFailed())
            return;
        auto deliveries = UserActivityService(*m_db).deliveries(m_ann);
        QVERIFY2(deliveries, qPrintable(deliveries.error()));
        QCOMPARE(ids(*deliveries), (QList<qint64>{m_chat, m_second, m_failed, m_first}));
        const services::DeliveryRecord &failed = deliveries->at(2);
        QCOMPARE(failed.status, DeliveryStatus::Failed);
        QVERIFY2(failed.reason.contains(QStringLiteral("abc")), qPrintable(failed.reason));
        QCOMPARE(failed.webhookName, QStringLiteral("Deposit bonus"));
        QVERIFY(!failed.receivedAt.isEmpty());
        QCOMPARE(deliveries->at(1).changes.size(), 3); // field, coins, message
        QVERIFY(!ids(*deliveries).contains(m_nobodys));
    }

    // The history names a delivery by its user's id, so it still counts after an email change;
    // a delivery that changed nothing is found by the email it was processed for only.
    void deliveriesThatChangedTheUserSurviveAnEmailChange()
    {
        seed();
        if (QTest::currentTestFailed())
            return;
        QSqlQuery update(m_db->connection());
        QVERIFY(
            update.exec(QStringLiteral("UPDATE users SET email = 'ann@new.example',"
                                       " email_key = 'ann@new.example' WHERE username = 'ann'")));
        auto deliveries = UserActivityService(*m_db).deliveries(m_ann);
        QVERIFY2(deliveries, qPrintable(deliveries.error()));
        QCOMPARE(ids(*deliveries), (QList<qint64>{m_second, m_first}));
    }

    void activityReadsEverythingAtOnce()
    {
        seed();
        if (QTest::currentTestFailed())
            return;
        auto activity = UserActivityService(*m_db).activity(m_ann, 2);
        QVERIFY2(activity, qPrintable(activity.error()));
        QCOMPARE(activity->profile.user.id, m_ann);
        QCOMPARE(activity->history.size(), 2);
        QCOMPARE(activity->gamificationLog.size(), 2);
        QCOMPARE(ids(activity->deliveries), (QList<qint64>{m_chat, m_second}));
        QCOMPARE(deliveryIds(activity->messages), (QList<qint64>{m_chat, m_second}));
        // The snapshot ends with the read: the connection writes again afterwards.
        QVERIFY(m_db->beginWrite().ok());
        QVERIFY(m_db->commit().ok());

        auto gone = UserActivityService(*m_db).activity(999999, 2);
        QCOMPARE(gone.errorKind(), ErrorKind::NotFound);
        QVERIFY(m_db->beginWrite().ok());
        QVERIFY(m_db->commit().ok());
    }

    void channelsCountTheirMessagesAndPage()
    {
        seed();
        if (QTest::currentTestFailed())
            return;
        UserActivityService service(*m_db);
        auto channels = service.channels();
        QVERIFY2(channels, qPrintable(channels.error()));
        QCOMPARE(channels->size(), 2);
        QCOMPARE(channels->at(0).name, QStringLiteral("chat"));
        QCOMPARE(channels->at(0).messageCount, 1);
        QCOMPARE(channels->at(1).name, QStringLiteral("general"));
        QCOMPARE(channels->at(1).messageCount, 3);

        auto general = service.channelMessages(channels->at(1).id);
        QVERIFY2(general, qPrintable(general.error()));
        QCOMPARE(deliveryIds(*general), (QList<qint64>{m_second, m_bobs, m_first}));
        QCOMPARE(general->at(1).text, QStringLiteral("bob@example.com deposited 1"));
        QCOMPARE(general->at(1).author, QStringLiteral("Deposit bonus"));
        auto older =
            service.channelMessages(channels->at(1).id, ActivityPage{1, general->at(0).id});
        QVERIFY(older);
        QCOMPARE(deliveryIds(*older), QList<qint64>{m_bobs});
    }
};

int main(int argc, char *argv[])
{
    return runOnEveryStore<TestUserActivity>(argc, argv);
}

#include "test_useractivity.moc"
