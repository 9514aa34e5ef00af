#pragma once

#include "common/result.h"
#include "deliveryrepository.h"
#include "rejectionlog.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace hb::store {

// What the catcher answers once a request is durable.
struct StoredDelivery {
    qint64 id = 0;
    bool duplicate = false;
    // Pending (or Sample, for a draft) for a new one; the first delivery's status for a repeat.
    DeliveryStatus status = DeliveryStatus::Pending;
};

// The only writer of received requests: its own thread and Database connection, a queue, and
// group commit (one transaction and one sync for every request that arrived while the previous
// commit ran). A callback runs only after COMMIT, so a 202 is never sent for a request that a
// crash could lose; a failed commit answers every request of the group with an error.
//
// Synchronous level: NORMAL (the default) with WAL makes a commit survive a crash or kill -9 of
// the process, which is what a 2xx promises (SPEC §3); FULL also survives power loss, at the
// cost of one fsync per group (see tests/bench/README.md for figures).
class DeliveryWriter {
public:
    using Done = std::function<void(hb::Result<StoredDelivery>)>;
    // On the writer thread after each commit: (deliveryId, webhookId) of new deliveries.
    using Committed = std::function<void(const QList<QPair<qint64, qint64>> &)>;
    // On the writer thread once refused requests are in the rejection log: how many.
    using RejectionsLogged = std::function<void(int count)>;

    explicit DeliveryWriter(QString dbLocation, QString synchronous = QStringLiteral("NORMAL"));
    ~DeliveryWriter(); // stop()
    DeliveryWriter(const DeliveryWriter &) = delete;
    DeliveryWriter &operator=(const DeliveryWriter &) = delete;

    void setCommittedHandler(Committed handler);               // before start()
    void setRejectionsLoggedHandler(RejectionsLogged handler); // before start()
    // Opens the connection on the writer thread; the error when it cannot.
    hb::Status start();
    // Commits everything queued, answers it, and ends the thread. Later submits fail at once.
    void stop();

    // Thread-safe. `done` is called on the writer thread. The error is of kind NotFound (with
    // webhookGone()'s words) when the delivery's webhook was removed since the catcher looked it
    // up; else it says why the request could not be stored.
    void submit(NewDelivery delivery, Done done);
    static QString webhookGone();
    // Thread-safe, best effort: a log entry is never a reason to fail a delivery.
    void submitRejection(RejectedRequest rejected);

    // Groups committed so far and their largest size (for tests and the benchmark).
    qint64 commitCount() const;
    qint64 largestGroup() const;
    // New deliveries committed so far (repeats of an idempotency key not counted).
    qint64 storedCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hb::store
