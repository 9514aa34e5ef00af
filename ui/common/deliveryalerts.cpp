#include "deliveryalerts.h"

#include <QCoreApplication>

namespace hb::ui {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("hb::ui::DeliveryAlerts", text, nullptr, n);
}

} // namespace

QList<DeliveryAlerts::Alert> DeliveryAlerts::update(const Snapshot &snapshot)
{
    QList<Failure> fresh;
    for (const Failure &failure : snapshot.newestFailures) {
        if (!m_knownFailures.contains(failure.id))
            fresh << failure;
    }
    // Only the window's ids matter: ids grow, so one that left it never comes back as new.
    m_knownFailures.clear();
    for (const Failure &failure : snapshot.newestFailures)
        m_knownFailures.insert(failure.id);
    const bool moreStale = snapshot.staleCount > m_staleCount;
    m_staleCount = snapshot.staleCount;
    if (!m_started) {
        m_started = true;
        return {};
    }

    QList<Alert> alerts;
    if (fresh.size() == 1) {
        const Failure &failure = fresh.first();
        alerts << Alert{tr("Delivery %1 failed").arg(failure.id),
                        tr("%1: %2").arg(failure.webhook, failure.reason), failure.id};
    } else if (!fresh.isEmpty()) {
        // One notification for a burst: the newest opens, the list shows the rest.
        alerts << Alert{tr("%n deliveries failed", int(fresh.size())),
                        tr("The newest, %1 (%2): %3")
                            .arg(QString::number(fresh.first().id), fresh.first().webhook,
                                 fresh.first().reason),
                        fresh.first().id};
    }
    if (moreStale)
        alerts << Alert{
            tr("%n deliveries waiting for over an hour", int(snapshot.staleCount)),
            tr("Delivery %1 is still Pending: is processing running?").arg(snapshot.oldestStaleId),
            snapshot.oldestStaleId};
    return alerts;
}

} // namespace hb::ui
