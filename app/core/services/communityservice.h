#pragma once

#include "common/result.h"
#include "mapping/customfield.h"
#include "store/activityrepository.h"
#include "store/csvimporter.h"
#include "store/userrepository.h"

#include <QList>
#include <QString>

namespace hb::store {
class Database;
}

namespace hb::services {

// The community's users, custom fields and what changed them (SPEC §1), for every front end, on
// one store connection (the CLI directly, the window through a StoreExecutor). Writes say what
// changed through StoreEvents.
class CommunityService {
public:
    explicit CommunityService(store::Database &db);

    hb::Result<QList<mapping::CustomField>> fields();
    hb::Result<std::optional<mapping::CustomField>> findField(const QString &key);
    hb::Result<mapping::CustomField> addField(const mapping::CustomField &field);
    hb::Status removeField(const QString &key);

    hb::Result<QList<store::User>> users();
    // An email (contains '@', case-insensitive) or a username; a message naming it when none.
    hb::Result<store::User> findUser(const QString &emailOrUsername);
    hb::Result<store::User> addUser(const store::User &user);
    // A CSV file (SPEC §7) in one transaction: every user or none; returns how many. `progress`
    // (on the calling thread) follows the lines checked, then the users written, and may cancel
    // (the result's kind is then Cancelled and nothing was imported).
    using ImportProgress = store::CsvImporter::Progress;
    hb::Result<int> importUsers(const QString &path,
                                const store::CsvImporter::ProgressFunction &progress = {});

    hb::Result<QList<store::HistoryEntry>> history(qint64 userId, const QString &field,
                                                   int limit = 0);
    hb::Result<QList<store::GamificationEntry>> gamificationLog(qint64 userId, int limit = 0);
    hb::Result<QList<store::MessageEntry>> messages(const QString &channel, int limit = 0);
    hb::Result<QList<store::Channel>> channels();
    hb::Result<bool> historyHasField(const QString &field);

private:
    void changed();

    store::Database &m_db;
};

} // namespace hb::services
