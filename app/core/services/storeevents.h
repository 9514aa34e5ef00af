#pragma once

#include <QList>
#include <QObject>

namespace hb::services {

// What changed in the store, said by the services after each write they commit, so that every
// part of this process that shows or caches store data (the window's lists, the catcher's
// status) updates without anyone remembering to refresh it. Changes made by other processes
// reach the catcher through the store's own change counter (store_changes) and the window through
// its periodic reads. One instance per process; signals come from whichever thread wrote: connect
// with Qt::AutoConnection or QueuedConnection.
class StoreEvents : public QObject {
    Q_OBJECT
public:
    static StoreEvents &instance();

signals:
    // A webhook was created, changed, renamed, made live or removed; 0 when several were.
    void webhooksChanged(qint64 webhookId);
    // Users, custom fields or their values changed.
    void communityChanged();
    // Deliveries changed state (a re-run, for instance), not counting the catcher's intake.
    void deliveriesChanged(const QList<qint64> &deliveryIds);

private:
    StoreEvents() = default;
};

} // namespace hb::services
