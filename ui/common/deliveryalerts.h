#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace hb::ui {

// Decides what the tray says (issue 16): deliveries that failed, and deliveries left Pending past
// the stale threshold, each said once. Pure: it compares what the store shows now with what it
// showed before; TrayNotifier reads the store and shows the words.
class DeliveryAlerts {
public:
    struct Failure {
        qint64 id = 0;
        QString webhook, reason;
    };
    // What one look at the store found.
    struct Snapshot {
        QList<Failure> newestFailures; // newest first, a bounded number of them
        qint64 staleCount = 0;         // Pending for longer than the stale threshold
        qint64 oldestStaleId = 0;
    };
    struct Alert {
        QString title, text;
        qint64 deliveryId = 0; // the delivery a click opens
    };

    // The first snapshot only sets what is already known: what failed before Hookbench started
    // was for the window to show, not for a notification.
    QList<Alert> update(const Snapshot &snapshot);

private:
    bool m_started = false;
    QSet<qint64> m_knownFailures;
    qint64 m_staleCount = 0;
};

} // namespace hb::ui
