#include "communityservice.h"

#include "storeevents.h"

#include "store/csvexporter.h"
#include "store/csvimporter.h"
#include "store/database.h"
#include "store/fieldrepository.h"

namespace hb::services {

CommunityService::CommunityService(store::Database &db)
    : m_db(db)
{}

void CommunityService::changed()
{
    emit StoreEvents::instance().communityChanged();
}

hb::Result<QList<mapping::CustomField>> CommunityService::fields()
{
    return store::FieldRepository(m_db).list();
}

hb::Result<std::optional<mapping::CustomField>> CommunityService::findField(const QString &key)
{
    return store::FieldRepository(m_db).find(key);
}

hb::Result<mapping::CustomField> CommunityService::addField(const mapping::CustomField &field)
{
    auto added = store::FieldRepository(m_db).add(field);
    if (added)
        changed();
    return added;
}

hb::Status CommunityService::removeField(const QString &key)
{
    hb::Status removed = store::FieldRepository(m_db).remove(key);
    if (removed)
        changed();
    return removed;
}

hb::Result<mapping::CustomField> CommunityService::renameField(const QString &key,
                                                               const QString &name)
{
    auto renamed = store::FieldRepository(m_db).rename(key, name);
    if (renamed)
        changed();
    return renamed;
}

hb::Result<qint64> CommunityService::countFieldValues(const QString &key)
{
    return store::FieldRepository(m_db).countValues(key);
}

hb::Result<store::User> CommunityService::findUser(qint64 id)
{
    auto found = store::UserRepository(m_db).findById(id);
    if (!found)
        return hb::Error{found.error()};
    if (!found->has_value())
        return hb::fail(QStringLiteral("the user was removed meanwhile"), ErrorKind::NotFound);
    return **found;
}

hb::Result<store::User> CommunityService::saveUser(const UserEdit &edit, QString *input)
{
    auto saved = store::CommunityEditor(m_db).save(edit, input);
    if (saved)
        changed();
    return saved;
}

hb::Result<store::User> CommunityService::setFieldValue(qint64 userId, const QString &key,
                                                        const QString &text)
{
    auto set = store::CommunityEditor(m_db).setFieldValue(userId, key, text);
    if (set)
        changed();
    return set;
}

hb::Result<store::User> CommunityService::setBalance(qint64 userId, const QString &currency,
                                                     qint64 amount)
{
    auto set = store::CommunityEditor(m_db).setBalance(userId, currency, amount);
    if (set)
        changed();
    return set;
}

hb::Result<RemovedUser> CommunityService::removeUser(qint64 userId)
{
    auto removed = store::CommunityEditor(m_db).removeUser(userId);
    if (removed)
        changed();
    return removed;
}

hb::Result<int> CommunityService::exportUsers(const QString &path)
{
    QList<store::User> users;
    QList<mapping::CustomField> fields;
    if (hb::Status read = readUsersAndFields(users, fields); !read)
        return hb::Error{read.error()};
    return store::CsvExporter::writeFile(path, users, fields);
}

hb::Result<QByteArray> CommunityService::usersCsv()
{
    QList<store::User> users;
    QList<mapping::CustomField> fields;
    if (hb::Status read = readUsersAndFields(users, fields); !read)
        return hb::Error{read.error()};
    return store::CsvExporter::document(users, fields);
}

hb::Status CommunityService::readUsersAndFields(QList<store::User> &users,
                                                QList<mapping::CustomField> &fields)
{
    auto allUsers = this->users();
    if (!allUsers)
        return hb::fail(allUsers.error());
    auto allFields = this->fields();
    if (!allFields)
        return hb::fail(allFields.error());
    users = std::move(*allUsers);
    fields = std::move(*allFields);
    return hb::success();
}

hb::Result<CommunityVersion> CommunityService::version()
{
    return store::CommunityChanges::read(m_db);
}

hb::Result<QList<store::User>> CommunityService::users()
{
    return store::UserRepository(m_db).list();
}

hb::Result<store::User> CommunityService::findUser(const QString &emailOrUsername)
{
    auto found = store::UserRepository(m_db).findByIdentifier(emailOrUsername);
    if (!found)
        return hb::Error{found.error()};
    if (!found->has_value())
        return hb::fail(
            emailOrUsername.contains(QLatin1Char('@'))
                ? QStringLiteral("no user with email \"%1\"").arg(emailOrUsername.trimmed())
                : QStringLiteral("no user with username \"%1\"").arg(emailOrUsername.trimmed()),
            ErrorKind::NotFound);
    return **found;
}

hb::Result<store::User> CommunityService::addUser(const store::User &user)
{
    auto added = store::UserRepository(m_db).add(user);
    if (added)
        changed();
    return added;
}

hb::Result<int> CommunityService::importUsers(const QString &path,
                                              const store::CsvImporter::ProgressFunction &progress)
{
    auto imported = store::CsvImporter(m_db).importFile(path, progress);
    if (imported && *imported > 0)
        changed();
    return imported;
}

hb::Result<QList<store::HistoryEntry>> CommunityService::history(qint64 userId,
                                                                 const QString &field, int limit)
{
    return store::ActivityRepository(m_db).history(userId, field, limit);
}

hb::Result<QList<store::GamificationEntry>> CommunityService::gamificationLog(qint64 userId,
                                                                              int limit)
{
    return store::ActivityRepository(m_db).gamificationLog(userId, limit);
}

hb::Result<QList<store::MessageEntry>> CommunityService::messages(const QString &channel, int limit)
{
    return store::ActivityRepository(m_db).messages(channel, limit);
}

hb::Result<QList<store::Channel>> CommunityService::channels()
{
    return store::ActivityRepository(m_db).channels();
}

hb::Result<bool> CommunityService::historyHasField(const QString &field)
{
    return store::ActivityRepository(m_db).historyHasField(field);
}

} // namespace hb::services
