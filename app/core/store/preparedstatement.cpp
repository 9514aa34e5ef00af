#include "preparedstatement.h"

#include "database.h"
#include "qtsqlstatement.h"
#include "sqlitestatement.h"

namespace hb::store {

hb::Result<std::unique_ptr<PreparedStatement>> PreparedStatement::prepare(Database &db,
                                                                          const QString &sql)
{
    if (sqlite3 *handle = db.isPostgres() ? nullptr : db.sqliteHandle())
        return SqliteStatement::prepare(handle, sql);
    return QtSqlStatement::prepare(db.connection(), sql);
}

} // namespace hb::store
