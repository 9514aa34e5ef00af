#include "deliveryinsertsql.h"

namespace hb::store {

QByteArray deliveryInsertSql(int rows, bool returningIds)
{
    QByteArray sql = "INSERT INTO deliveries (webhook_id, webhook_name, status, idempotency_key,"
                     " method, target, headers, body, remote_address, received_at) VALUES ";
    for (int row = 0; row < rows; ++row) {
        if (row > 0)
            sql += ',';
        sql += "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }
    if (returningIds)
        sql += " RETURNING id";
    return sql;
}

} // namespace hb::store
