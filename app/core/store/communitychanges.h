#pragma once

#include "common/result.h"
#include "database.h"

namespace hb::store {

// Where the community stands, cheaply read, so that a window notices what another process (serve,
// the CLI) changed without reading every user again: the hand-made changes' counter
// (store_changes 'community', bumped in the transaction of each edit) and what processing leaves
// behind (the newest history, gamification-log and message rows). Equal versions: nothing to read.
struct CommunityVersion {
    qint64 edits = 0;
    qint64 lastHistoryId = 0, lastGamificationId = 0, lastMessageId = 0;
    qint64 users = 0;

    friend bool operator==(const CommunityVersion &, const CommunityVersion &) = default;
};

class CommunityChanges {
public:
    // Inside the caller's write transaction: other processes see the edit and the bump together.
    static Status bump(Database &db);
    static Result<CommunityVersion> read(Database &db);
};

} // namespace hb::store
