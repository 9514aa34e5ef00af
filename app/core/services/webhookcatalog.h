#pragma once

#include "common/result.h"
#include "communityservice.h"
#include "mapping/customfield.h"
#include "store/webhookrepository.h"
#include "webhookservice.h"

#include <QList>

namespace hb::services {

// The webhooks with the custom fields their mappings name: what a page that lists webhooks (the
// designer, the Sender) reads in one job.
struct WebhookCatalog {
    QList<store::StoredWebhook> webhooks;
    QList<mapping::CustomField> fields;

    static hb::Result<WebhookCatalog> read(store::Database &db)
    {
        hb::Result<QList<store::StoredWebhook>> webhooks = WebhookService(db).list();
        if (!webhooks)
            return hb::Error{webhooks.error()};
        hb::Result<QList<mapping::CustomField>> fields = CommunityService(db).fields();
        if (!fields)
            return hb::Error{fields.error()};
        return WebhookCatalog{std::move(*webhooks), std::move(*fields)};
    }
};

} // namespace hb::services
