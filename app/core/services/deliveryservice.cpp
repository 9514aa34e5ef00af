#include "deliveryservice.h"

#include "storeevents.h"

#include "delivery/deliveryprocessor.h"
#include "store/database.h"
#include "store/webhookrepository.h"

#include <QHash>

namespace hb::services {

DeliveryService::DeliveryService(store::Database &db)
    : m_db(db)
{}

DeliveryService::~DeliveryService() = default;

hb::Result<QList<store::DeliveryRecord>> DeliveryService::list(const store::DeliveryFilter &filter)
{
    return store::DeliveryRepository(m_db).list(filter);
}

QString DeliveryService::staleThreshold()
{
    return store::DeliveryRepository::staleThreshold();
}

hb::Result<store::DeliveryCounts> DeliveryService::counts(const store::DeliveryFilter &filter)
{
    return store::DeliveryRepository(m_db).counts(filter);
}

hb::Result<std::optional<store::DeliveryRecord>> DeliveryService::find(qint64 id)
{
    return store::DeliveryRepository(m_db).find(id);
}

hb::Result<store::DeliveryRecord> DeliveryService::show(qint64 id)
{
    auto found = find(id);
    if (!found)
        return hb::Error{found.error()};
    if (!found->has_value())
        return hb::fail(QStringLiteral("no delivery with id %1").arg(id), ErrorKind::NotFound);
    return std::move(**found);
}

hb::Result<store::DeliveryRecord> DeliveryService::rerun(qint64 id)
{
    if (!m_processor)
        m_processor = std::make_unique<delivery::DeliveryProcessor>(m_db);
    auto record = m_processor->rerun(id);
    if (record)
        emit StoreEvents::instance().deliveriesChanged({id});
    return record;
}

hb::Result<qint64> DeliveryService::refusedCount()
{
    return store::RejectionLog(m_db).count();
}

hb::Result<store::DeliveryRecord> DeliveryService::previewRerun(qint64 id)
{
    if (!m_processor)
        m_processor = std::make_unique<delivery::DeliveryProcessor>(m_db);
    return m_processor->rerun(id, delivery::DeliveryProcessor::RerunMode::DryRun);
}

hb::Result<QList<store::RejectedRequest>> DeliveryService::refused(int limit,
                                                                   const QString &webhookName)
{
    auto webhooks = store::WebhookRepository(m_db).listAll();
    if (!webhooks)
        return hb::Error{webhooks.error()};
    // Refusals follow the webhook's identity like deliveries: shown under its current name,
    // found by it whatever name it had when the request was refused.
    QHash<qint64, QString> names;
    qint64 wanted = 0;
    for (const store::StoredWebhook &stored : std::as_const(*webhooks)) {
        names.insert(stored.webhook.id, stored.webhook.name);
        if (!webhookName.isEmpty() && stored.webhook.name == webhookName)
            wanted = stored.webhook.id;
    }
    auto logged = store::RejectionLog(m_db).recent(store::RejectionLog::keep);
    if (!logged)
        return logged;
    QList<store::RejectedRequest> entries;
    for (store::RejectedRequest entry : std::as_const(*logged)) {
        if (auto current = names.constFind(entry.webhookId); current != names.constEnd())
            entry.webhookName = *current;
        if (!webhookName.isEmpty()) {
            // The live webhook by id; a refusal of a webhook removed since by its last name.
            const bool live = names.contains(entry.webhookId);
            const bool matches = (wanted != 0 && entry.webhookId == wanted)
                                 || (!live && entry.webhookName == webhookName);
            if (!matches)
                continue;
        }
        entries.append(std::move(entry));
        if (limit > 0 && entries.size() >= limit)
            break;
    }
    return entries;
}

} // namespace hb::services
