#include "communityservice.h"

#include "storeevents.h"

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
