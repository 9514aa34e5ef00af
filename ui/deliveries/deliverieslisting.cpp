#include "deliverieslisting.h"

#include "store/rejectionlog.h"
#include "store/webhookrepository.h"

namespace hb::ui {

Result<DeliveriesListing> DeliveriesListing::read(store::Database &db,
                                                  const store::DeliveryFilter &filter)
{
    store::DeliveryRepository deliveries(db);
    DeliveriesListing listing;
    auto records = deliveries.list(filter);
    if (!records)
        return fail(records.error());
    listing.records = std::move(*records);
    auto counts = deliveries.counts(filter);
    if (!counts)
        return fail(counts.error());
    listing.counts = *counts;
    auto webhooks = store::WebhookRepository(db).listAll();
    if (!webhooks)
        return fail(webhooks.error());
    for (const store::StoredWebhook &stored : *webhooks)
        listing.webhookNames << stored.webhook.name;
    auto refused = store::RejectionLog(db).count();
    if (!refused)
        return fail(refused.error());
    listing.refused = *refused;
    return listing;
}

} // namespace hb::ui
