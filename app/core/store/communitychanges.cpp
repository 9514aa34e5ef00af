#include "communitychanges.h"

#include <QSqlQuery>
#include <QVariant>

namespace hb::store {

Status CommunityChanges::bump(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral(
            "UPDATE store_changes SET version = version + 1 WHERE topic = 'community'")))
        return fail(QStringLiteral("cannot record the change: %1").arg(Database::describe(query)));
    return success();
}

Result<CommunityVersion> CommunityChanges::read(Database &db)
{
    // One statement, each part an index lookup (MAX of a primary key) but the users' count, a
    // table of people rather than of events.
    QSqlQuery query(db.connection());
    if (!query.exec(
            QStringLiteral("SELECT (SELECT version FROM store_changes WHERE topic = 'community'),"
                           " (SELECT COALESCE(MAX(id), 0) FROM field_history),"
                           " (SELECT COALESCE(MAX(id), 0) FROM gamification_log),"
                           " (SELECT COALESCE(MAX(id), 0) FROM messages),"
                           " (SELECT COUNT(*) FROM users)"))
        || !query.next())
        return fail(QStringLiteral("cannot read the community's version: %1")
                        .arg(Database::describe(query)));
    CommunityVersion version;
    version.edits = query.value(0).toLongLong();
    version.lastHistoryId = query.value(1).toLongLong();
    version.lastGamificationId = query.value(2).toLongLong();
    version.lastMessageId = query.value(3).toLongLong();
    version.users = query.value(4).toLongLong();
    return version;
}

} // namespace hb::store
