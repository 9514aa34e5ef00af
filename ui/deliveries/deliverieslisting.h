#pragma once

#include "common/result.h"
#include "services/records.h"

#include <QList>
#include <QStringList>

namespace hb::ui {

// What the Deliveries page shows for one filter, read in one go on the reader's thread: the
// newest matching deliveries, how many match per status, the webhooks to filter by, and how many
// requests were refused before they became deliveries.
struct DeliveriesListing {
    QList<services::DeliveryRecord> records;
    services::DeliveryCounts counts;
    QStringList webhookNames;
    qint64 refused = 0; // requests in the catcher's log of refusals (never deliveries)

    static Result<DeliveriesListing> read(services::Connection &db,
                                          const services::DeliveryFilter &filter);
};

} // namespace hb::ui
