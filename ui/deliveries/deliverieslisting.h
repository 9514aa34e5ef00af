#pragma once

#include "common/result.h"
#include "deliveriesmodel.h"
#include "services/records.h"

#include <QStringList>

#include <optional>

namespace hb::ui {

// What the Deliveries page and the status bar show for one filter, read in one go, in one
// snapshot of the store, on the reader's thread: how many match per status, the table's rows
// (their total and newest id), the counts of the whole store the status bar gives, the webhooks
// to filter by, and how many requests were refused before they became deliveries. The header's
// counts and the status bar's come from the same read, so they never disagree.
struct DeliveriesListing {
    // What the page knows when it asks.
    struct Question {
        services::DeliveryFilter filter;
        qint64 knownNewestId = 0; // the model's newest row
        qint64 knownTotal = 0;    // and its row count
        qint64 findId = 0;        // a delivery whose row is wanted (0: none)
        bool findAlways = false;  // else only when the rows changed below the newest
    };

    services::DeliveryCounts counts;      // the filter's, per status
    DeliveriesModel::Snapshot rows;       // the filter's matches, for the table
    services::DeliveryCounts storeCounts; // every delivery's
    qint64 recentFailures = 0;            // failed in the last hour
    QStringList webhookNames;
    qint64 refused = 0; // requests in the catcher's log of refusals (never deliveries)
    // The row of `findId` among the matches, newest first; unset when it is not one.
    std::optional<qint64> foundRow;

    static Result<DeliveriesListing> read(services::Connection &db, const Question &question);
    // "12 pending · 3 failed in the last hour", as the status bar says it.
    QString storeCountsText() const;
};

} // namespace hb::ui
