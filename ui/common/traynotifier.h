#pragma once

#include "deliveryalerts.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

// The optional tray icon (Settings → "Notify from the system tray"): while the window is hidden
// or minimized, it says when deliveries fail or one stays Pending past the stale threshold, and a
// click on the message opens that delivery. It looks at the store every 10 s on the window's
// reader thread, so deliveries written by `hookbench serve` count too.
class TrayNotifier : public QObject {
    Q_OBJECT
public:
    TrayNotifier(services::StoreExecutor &reader, QWidget *window, QObject *parent = nullptr);
    ~TrayNotifier() override;

    // Whether the setting is on (QSettings "notifications/tray", off by default).
    static bool enabled();
    static void setEnabled(bool on);

    // Looks at the store now (the timer does it every 10 s).
    void check();
    // Whether the desktop shows a tray; without one, alerts are still emitted (tests) but shown
    // nowhere.
    bool hasTray() const { return m_tray != nullptr; }

signals:
    // An alert that was (or, without a tray, would have been) shown while the window was hidden.
    void alerted(const hb::ui::DeliveryAlerts::Alert &alert);
    void deliveryRequested(qint64 deliveryId);
    void checked(); // after each look at the store
    void windowRequested();

private:
    void show(const QList<DeliveryAlerts::Alert> &alerts);
    bool windowIsAway() const;

    services::StoreExecutor &m_reader;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_timer = nullptr;
    DeliveryAlerts m_alerts;
    qint64 m_lastAlertDelivery = 0; // what a click on the last message opens
};

} // namespace hb::ui
