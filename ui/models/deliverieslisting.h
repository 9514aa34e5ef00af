#pragma once

#include "common/result.h"
#include "store/deliveryrepository.h"

#include <QList>
#include <QStringList>

namespace hb::ui {

// What the Deliveries page shows for one filter, read in one go on the reader's thread: the
// newest matching deliveries, how many match per status, and the webhooks to filter by.
struct DeliveriesListing {
    QList<store::DeliveryRecord> records;
    store::DeliveryCounts counts;
    QStringList webhookNames;

    static Result<DeliveriesListing> read(store::Database &db, const store::DeliveryFilter &filter);
};

} // namespace hb::ui
