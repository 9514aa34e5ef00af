#pragma once

#include <QStringList>

namespace hb::store {

// The schema as an ordered list of migrations. Migration N (1-based) brings a store from version
// N-1 to N; a store records the version it has reached, so that a newer Hookbench upgrades an
// older file in place and an older one refuses a newer file.
class Schema {
public:
    static int currentVersion();
    // The statements of one migration, for SQLite or PostgreSQL.
    static QStringList migration(int version, bool postgres);
};

} // namespace hb::store
