#pragma once

#include <QByteArray>

namespace hb::store {

// Values bound per row of deliveryInsertSql(), in this order: webhook_id, webhook_name,
// idempotency_key, method, target, headers, body, remote_address, received_at.
constexpr int deliveryInsertValuesPerRow = 10;

// The INSERT of `rows` Pending deliveries in one statement, with `RETURNING id` when asked.
// Both back ends prepare it, each through its own API (SqliteIntake, DeliveryRepository on
// PostgreSQL).
QByteArray deliveryInsertSql(int rows, bool returningIds);

} // namespace hb::store
