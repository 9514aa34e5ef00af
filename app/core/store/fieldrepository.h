#pragma once

#include "common/result.h"
#include "database.h"
#include "mapping/customfield.h"

#include <QList>

#include <optional>

namespace hb::store {

// The community's custom user fields (SPEC §1).
class FieldRepository {
public:
    explicit FieldRepository(Database &db);

    // The key is validated (FieldKey::isValid) and must be unused; an empty name becomes the key.
    hb::Result<mapping::CustomField> add(const mapping::CustomField &field);
    hb::Result<QList<mapping::CustomField>> list(); // by key
    hb::Result<std::optional<mapping::CustomField>> find(const QString &key);
    // Removes the field and every user's value of it. Error when absent: `no custom field "x"`.
    hb::Status remove(const QString &key);
    // The display name only: the key, which webhooks and history rows name, stays.
    hb::Result<mapping::CustomField> rename(const QString &key, const QString &name);
    // How many users have a value of the field (what remove() takes with it).
    hb::Result<qint64> countValues(const QString &key);

    // Each write above runs in a transaction of its own that also counts the change
    // (CommunityChanges), so that other processes notice it.

private:
    hb::Result<mapping::CustomField> insert(const mapping::CustomField &field);
    hb::Status erase(const QString &key);

    Database &m_db;
};

} // namespace hb::store
