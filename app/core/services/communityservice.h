#pragma once

#include "common/result.h"
#include "mapping/customfield.h"
#include "store/activityrepository.h"
#include "store/communitychanges.h"
#include "store/communityeditor.h"
#include "store/csvimporter.h"
#include "store/userrepository.h"

#include <QList>
#include <QString>

namespace hb::store {
class Database;
}

namespace hb::services {

using UserEdit = store::UserEdit;
using RemovedUser = store::RemovedUser;
using CommunityVersion = store::CommunityVersion;

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
    // The display name only; the key stays (webhooks and history rows name it).
    hb::Result<mapping::CustomField> renameField(const QString &key, const QString &name);
    // How many users have a value of `key`: what removeField() takes with it.
    hb::Result<qint64> countFieldValues(const QString &key);

    hb::Result<QList<store::User>> users();
    // An email (contains '@', case-insensitive) or a username; a message naming it when none.
    hb::Result<store::User> findUser(const QString &emailOrUsername);
    hb::Result<store::User> addUser(const store::User &user);
    hb::Result<store::User> findUser(qint64 id);

    // The hand-made edits (store::CommunityEditor says what each keeps in the history and what
    // a removal takes with it). `input`, when given, is set on error to what the error is about
    // ("email", "username" or a field key), for a form to show it there.
    hb::Result<store::User> saveUser(const UserEdit &edit, QString *input = nullptr);
    hb::Result<store::User> setFieldValue(qint64 userId, const QString &key, const QString &text);
    hb::Result<store::User> setBalance(qint64 userId, const QString &currency, qint64 amount);
    hb::Result<RemovedUser> removeUser(qint64 userId);
    // Every user as the CSV `user import` reads; returns how many.
    hb::Result<int> exportUsers(const QString &path);
    hb::Result<QByteArray> usersCsv();
    // Cheap: what a window polls to notice other processes' changes (equal: nothing new).
    hb::Result<CommunityVersion> version();
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
    // What a users export writes: every user and every custom field (the CSV's columns).
    hb::Status readUsersAndFields(QList<store::User> &users, QList<mapping::CustomField> &fields);

    store::Database &m_db;
};

} // namespace hb::services
