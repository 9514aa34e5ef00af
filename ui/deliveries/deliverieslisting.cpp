#include "deliverieslisting.h"

#include "services/deliveryservice.h"
#include "services/webhookservice.h"

namespace hb::ui {

Result<DeliveriesListing> DeliveriesListing::read(services::Connection &db,
                                                  const services::DeliveryFilter &filter)
{
    services::DeliveryService deliveries(db);
    DeliveriesListing listing;
    auto records = deliveries.list(filter);
    if (!records)
        return fail(records.error());
    listing.records = std::move(*records);
    auto counts = deliveries.counts(filter);
    if (!counts)
        return fail(counts.error());
    listing.counts = *counts;
    auto webhooks = services::WebhookService(db).list();
    if (!webhooks)
        return fail(webhooks.error());
    for (const services::StoredWebhook &stored : *webhooks)
        listing.webhookNames << stored.webhook.name;
    auto refused = deliveries.refusedCount();
    if (!refused)
        return fail(refused.error());
    listing.refused = *refused;
    return listing;
}

} // namespace hb::ui
