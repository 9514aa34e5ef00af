#pragma once

#include "common/result.h"
#include "store/deliveryrepository.h"
#include "store/rejectionlog.h"

#include <QList>

#include <memory>

namespace hb::store {
class Database;
}
namespace hb::delivery {
class DeliveryProcessor;
}

namespace hb::services {

// The delivery log for every front end (SPEC §6, §7): list and page, count, show, re-run, and the
// requests refused before they were received. On one store connection (the CLI directly, the
// window through a StoreExecutor); a re-run says what changed through StoreEvents.
class DeliveryService {
public:
    explicit DeliveryService(store::Database &db);
    ~DeliveryService();

    hb::Result<QList<store::DeliveryRecord>> list(const store::DeliveryFilter &filter);
    hb::Result<store::DeliveryCounts> counts(const store::DeliveryFilter &filter);
    // The receipt time before which a Pending delivery is stale (SPEC §6: one hour ago).
    static QString staleThreshold();
    // With its request and every attempt; nothing when there is none.
    hb::Result<std::optional<store::DeliveryRecord>> find(qint64 id);
    // The same, with a message naming the id when there is none.
    hb::Result<store::DeliveryRecord> show(qint64 id);
    // Processes a Failed, Skipped or Sample delivery again under its webhook's current mapping;
    // every attempt is kept. Applying a sample changes users: front ends ask first.
    hb::Result<store::DeliveryRecord> rerun(qint64 id);
    // What rerun() would make of it (status, user, changes or reason), computed and undone:
    // what the window names before it applies a sample.
    hb::Result<store::DeliveryRecord> previewRerun(qint64 id);

    // The newest refused requests first; `webhookName` (current name) narrows them.
    hb::Result<QList<store::RejectedRequest>> refused(int limit, const QString &webhookName = {});
    // How many refused requests the bounded log holds.
    hb::Result<qint64> refusedCount();

private:
    store::Database &m_db;
    std::unique_ptr<delivery::DeliveryProcessor> m_processor; // made at the first re-run
};

} // namespace hb::services
