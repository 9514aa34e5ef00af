#pragma once

#include "common/result.h"
#include "services/records.h"
#include "store/useractivityrepository.h"

#include <QList>

namespace hb::store {
class Database;
}

namespace hb::services {

using ActivityPage = store::ActivityPage;
using UserProfile = store::UserProfile;

// What the user view shows at once: the user and the newest rows of each of their lists, read
// from one snapshot of the store so that the balances in the header agree with the log below.
struct UserActivity {
    UserProfile profile;
    QList<HistoryEntry> history;
    QList<GamificationEntry> gamificationLog;
    QList<MessageEntry> messages;
    QList<DeliveryRecord> deliveries; // without their requests
};

// "What happened to this user?" and the channels' messages (SPEC §1), for support staff: read
// only, each list newest first and paged (ActivityPage), on one store connection (the window's
// through a StoreExecutor). Which deliveries and messages concern a user: UserActivityRepository.
class UserActivityService {
public:
    explicit UserActivityService(store::Database &db);

    // NotFound when no user has this id (removed meanwhile).
    hb::Result<UserProfile> profile(qint64 userId);
    hb::Result<QList<HistoryEntry>> history(qint64 userId, const ActivityPage &page = {});
    hb::Result<QList<GamificationEntry>> gamificationLog(qint64 userId,
                                                         const ActivityPage &page = {});
    hb::Result<QList<MessageEntry>> messages(qint64 userId, const ActivityPage &page = {});
    hb::Result<QList<DeliveryRecord>> deliveries(qint64 userId, const ActivityPage &page = {});
    // The profile and the first `limit` rows of each list, in one read snapshot.
    hb::Result<UserActivity> activity(qint64 userId, int limit);

    // Every channel by name, with its number of messages.
    hb::Result<QList<Channel>> channels();
    hb::Result<QList<MessageEntry>> channelMessages(qint64 channelId,
                                                    const ActivityPage &page = {});

private:
    store::Database &m_db;
};

} // namespace hb::services
