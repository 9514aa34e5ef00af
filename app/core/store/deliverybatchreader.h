#pragma once

#include "common/result.h"
#include "deliveryrepository.h"

#include <QList>

namespace hb::store {

class Database;

// Reads many deliveries, each with its request and attempt log (as find() gives them), in batches
// of a few hundred, newest first: an export of a million deliveries holds one batch at a time
// and costs three queries per batch, never one per delivery. Paged by id (`id < last`), so a
// delivery received meanwhile neither shifts nor repeats a row the way an OFFSET would.
class DeliveryBatchReader {
public:
    static constexpr int defaultBatchSize = 500;

    // Every delivery `filter` matches; its limit and offset (a table's paging) are ignored, and
    // `limit` > 0 caps the number read.
    DeliveryBatchReader(Database &db, const DeliveryFilter &filter, qint64 limit = 0,
                        int batchSize = defaultBatchSize);
    // The deliveries of these ids that exist, newest first (an id given twice is read once).
    DeliveryBatchReader(Database &db, const QList<qint64> &ids, int batchSize = defaultBatchSize);

    // How many deliveries the reader will give: one COUNT for a filter, the ids' number for ids.
    hb::Result<qint64> total();
    // The next batch; empty once every delivery was read.
    hb::Result<QList<DeliveryRecord>> next();

private:
    hb::Result<QList<DeliveryRecord>> nextOfFilter();
    hb::Result<QList<DeliveryRecord>> nextOfIds();
    // Fills each record's attemptLog with one query for the whole batch.
    hb::Status attachAttempts(QList<DeliveryRecord> &records);

    Database &m_db;
    DeliveryFilter m_filter;
    QList<qint64> m_ids; // newest first; empty when reading a filter
    bool m_byIds = false;
    qint64 m_limit = 0;
    qint64 m_read = 0;   // how many were given so far (ids: how many ids were looked up)
    qint64 m_lastId = 0; // the oldest id given so far; 0 before the first batch
    int m_batchSize = defaultBatchSize;
    bool m_done = false;
};

} // namespace hb::store
