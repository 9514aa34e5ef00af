#pragma once

#include "common/result.h"
#include "faileddelivery.h"
#include "store/deliveryrepository.h"

#include <memory>

namespace hb::store {
class Database;
class ProcessingStore;
} // namespace hb::store

namespace hb::delivery {

// Turns Pending deliveries into Success or Failed (SPEC §6), one store connection per instance.
class DeliveryProcessor {
public:
    explicit DeliveryProcessor(store::Database &db);
    ~DeliveryProcessor();

    // Processes up to `maxCount` of the oldest Pending deliveries in one transaction; returns how
    // many it finished. With maxLockMs > 0 the batch commits once it has held the write lock
    // that long, so that other writers (the catcher) wait no longer; the rest stay Pending.
    // Safe when several processes run it on one store: no delivery is processed twice, and the
    // deliveries of one webhook are applied in the order received.
    hb::Result<int> processPending(int maxCount = 500, int maxLockMs = 0);
    // True when the last processPending() stopped at its count or lock budget, so that more
    // deliveries may be Pending right away.
    bool stoppedEarly() const { return m_stoppedEarly; }
    // The ids finished by the last processPending() call, in the order processed.
    const QList<qint64> &lastProcessed() const { return m_lastProcessed; }
    // Those of them that ended Failed, with their reasons.
    const QList<FailedDelivery> &lastFailed() const { return m_lastFailed; }

    // Re-runs a Failed, Skipped or Sample delivery under its webhook's current mapping; every
    // attempt is kept.
    enum class RerunMode {
        Apply,  // commits the attempt
        DryRun, // computes it in a transaction that is rolled back: what a re-run would do
    };
    hb::Result<store::DeliveryRecord> rerun(qint64 deliveryId, RerunMode mode = RerunMode::Apply);

private:
    store::ProcessingStore &processingStore();
    // guarded: a savepoint per delivery (see Mode in the .cpp).
    hb::Result<int> processBatch(int maxCount, int maxLockMs, bool guarded);

    store::Database &m_db;
    std::unique_ptr<store::ProcessingStore> m_store; // its prepared statements live across batches
    QList<qint64> m_lastProcessed;
    QList<FailedDelivery> m_lastFailed;
    bool m_stoppedEarly = false;
    bool m_retryGuarded = false; // the last batch failed where a guarded run would not
};

} // namespace hb::delivery
