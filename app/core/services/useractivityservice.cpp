#include "useractivityservice.h"

#include "store/activityrepository.h"
#include "store/database.h"

#include <QSqlQuery>

namespace hb::services {
namespace {

// A read-only transaction for reads that must agree with each other. SQLite's WAL gives a
// transaction one snapshot; PostgreSQL does so from REPEATABLE READ (its default gives each
// statement its own). Without one (the connection is busy in another) the reads still run.
class ReadSnapshot {
public:
    explicit ReadSnapshot(store::Database &db)
        : m_connection(db.connection())
        , m_open(m_connection.transaction())
    {
        if (m_open && db.isPostgres())
            QSqlQuery(m_connection)
                .exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    }
    ~ReadSnapshot()
    {
        // Nothing was written: ending it either way only releases the snapshot.
        if (m_open && !m_connection.commit())
            m_connection.rollback();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase &m_connection;
    bool m_open;
};

} // namespace

UserActivityService::UserActivityService(store::Database &db)
    : m_db(db)
{}

hb::Result<UserProfile> UserActivityService::profile(qint64 userId)
{
    auto profile = store::UserActivityRepository(m_db).profile(userId);
    if (!profile)
        return profile.failure();
    if (!profile->has_value())
        return hb::fail(QStringLiteral("no user with id %1: removed since?").arg(userId),
                        ErrorKind::NotFound);
    return std::move(**profile);
}

hb::Result<QList<HistoryEntry>> UserActivityService::history(qint64 userId,
                                                             const ActivityPage &page)
{
    return store::UserActivityRepository(m_db).history(userId, page);
}

hb::Result<QList<GamificationEntry>> UserActivityService::gamificationLog(qint64 userId,
                                                                          const ActivityPage &page)
{
    return store::UserActivityRepository(m_db).gamificationLog(userId, page);
}

hb::Result<QList<MessageEntry>> UserActivityService::messages(qint64 userId,
                                                              const ActivityPage &page)
{
    return store::UserActivityRepository(m_db).messages(userId, page);
}

hb::Result<QList<DeliveryRecord>> UserActivityService::deliveries(qint64 userId,
                                                                  const ActivityPage &page)
{
    return store::UserActivityRepository(m_db).deliveries(userId, page);
}

hb::Result<UserActivity> UserActivityService::activity(qint64 userId, int limit)
{
    const ReadSnapshot snapshot(m_db);
    const ActivityPage first{limit, 0};
    UserActivity activity;
    auto profile = this->profile(userId);
    if (!profile)
        return profile.failure();
    activity.profile = std::move(*profile);
    auto history = this->history(userId, first);
    if (!history)
        return history.failure();
    activity.history = std::move(*history);
    auto log = gamificationLog(userId, first);
    if (!log)
        return log.failure();
    activity.gamificationLog = std::move(*log);
    auto messages = this->messages(userId, first);
    if (!messages)
        return messages.failure();
    activity.messages = std::move(*messages);
    auto deliveries = this->deliveries(userId, first);
    if (!deliveries)
        return deliveries.failure();
    activity.deliveries = std::move(*deliveries);
    return activity;
}

hb::Result<QList<Channel>> UserActivityService::channels()
{
    return store::ActivityRepository(m_db).channels();
}

hb::Result<QList<MessageEntry>> UserActivityService::channelMessages(qint64 channelId,
                                                                     const ActivityPage &page)
{
    return store::UserActivityRepository(m_db).channelMessages(channelId, page);
}

} // namespace hb::services
