#pragma once

#include "activityrepository.h"
#include "common/result.h"
#include "deliveryrepository.h"
#include "mapping/customfield.h"
#include "userrepository.h"

#include <QList>
#include <QString>

#include <optional>

namespace hb::store {

class Database;

// One page of a list read newest first: at most `limit` rows with ids below `beforeId` (0: from
// the newest). Keyset paging, so that the next page costs the same however far back it is.
struct ActivityPage {
    int limit = 200;
    qint64 beforeId = 0;
};

// A user with every custom field of the community, set or not, for "what happened to this user?".
struct UserProfile {
    User user;
    QList<mapping::CustomField> fields; // by key; user.fields holds the values of those set
};

// Read-only queries about one user, or one channel, for support staff (SPEC §1): each list newest
// first, paged. A delivery "concerns" a user when processing found them (its user_label is their
// email) or when it changed them (their field history or gamification log names it, which still
// holds after their email changed); a message concerns them when such a delivery wrote it.
//
// Every query reaches its rows through an index, given these two (not in the schema yet; without
// them deliveries() and messages() scan their table, on a reader thread):
//   CREATE INDEX deliveries_by_user ON deliveries (user_label, id) WHERE user_label <> ''
//   CREATE INDEX messages_by_delivery ON messages (delivery_id)
// and messages_by_channel ON messages (channel_id, id) for channelMessages().
class UserActivityRepository {
public:
    explicit UserActivityRepository(Database &db);

    // Nothing when no user has this id (removed).
    hb::Result<std::optional<UserProfile>> profile(qint64 userId);
    hb::Result<QList<HistoryEntry>> history(qint64 userId, const ActivityPage &page);
    hb::Result<QList<GamificationEntry>> gamificationLog(qint64 userId, const ActivityPage &page);
    hb::Result<QList<MessageEntry>> messages(qint64 userId, const ActivityPage &page);
    // Without the request (headers, body): what a list shows.
    hb::Result<QList<DeliveryRecord>> deliveries(qint64 userId, const ActivityPage &page);
    // The messages of the channel of this id.
    hb::Result<QList<MessageEntry>> channelMessages(qint64 channelId, const ActivityPage &page);

private:
    Database &m_db;
};

} // namespace hb::store
