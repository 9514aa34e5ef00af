#pragma once

#include "common/result.h"
#include "store/deliveryrepository.h"

#include <QList>
#include <QString>

namespace hb::store {
class Database;
}

namespace hb::services {

// The reads behind a table that pages through every delivery a filter matches (SPEC §7 paging,
// the window's Deliveries page): pages from either end of the log, so that the oldest rows of a
// million are as quick to show as the newest; counts that honour the filter's `beforeId` (the
// snapshot a table shows); where one delivery sits among the matches. One store connection, as
// DeliveryService.
class DeliveryPages {
public:
    explicit DeliveryPages(store::Database &db);

    // `filter.limit` deliveries newest first, `filter.offset` below the newest match under
    // `filter.beforeId` (DeliveryService::list, which this is).
    hb::Result<QList<store::DeliveryRecord>> newestFirst(const store::DeliveryFilter &filter);
    // The `limit` oldest matches of `filter` (under its beforeId) that are newer than `afterId`
    // (0: from the oldest), after skipping `skip` of them; newest first, as every page.
    hb::Result<QList<store::DeliveryRecord>> oldestFirst(const store::DeliveryFilter &filter,
                                                         qint64 afterId, qint64 skip, int limit);
    // How many deliveries match `filter` under its beforeId (DeliveryCounts ignore beforeId).
    hb::Result<qint64> count(const store::DeliveryFilter &filter);
    // How many matches of `filter` are newer than `id`: the deliveries that came on top of a
    // table showing `id` as its newest (a short range of the index, however long the log).
    hb::Result<qint64> countNewerThan(const store::DeliveryFilter &filter, qint64 id);
    // The newest id `filter` matches; 0 when none does.
    hb::Result<qint64> newestId(const store::DeliveryFilter &filter);
    // The row of delivery `id` in `filter`'s matches, newest first (0 for the newest); nothing
    // when the filter does not match it.
    hb::Result<std::optional<qint64>> offsetOf(const store::DeliveryFilter &filter, qint64 id);
    // Failed deliveries that failed (were processed, or received) at or after `since`, among
    // the newest `window` failures: what the status bar counts as "failed in the last hour".
    hb::Result<qint64> recentFailures(const QString &since, int window = 1000);

    // Reads between these see one state of the store (a read transaction): a table's total, its
    // newest id and the counts it shows beside them agree although deliveries keep arriving.
    hb::Status beginSnapshot();
    void endSnapshot();

private:
    hb::Result<qint64> scalar(const QString &sql, const QVariantList &values);

    store::Database &m_db;
};

} // namespace hb::services
