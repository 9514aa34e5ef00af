#include "traynotifier.h"

#include "services/deliveryservice.h"
#include "services/records.h"
#include "services/storeexecutor.h"

#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace hb::ui {
namespace {

const QString settingKey = QStringLiteral("notifications/tray");
constexpr int checkIntervalMs = 10000;
constexpr int failuresLooked = 20;

Result<DeliveryAlerts::Snapshot> lookAtStore(services::Connection &db)
{
    services::DeliveryService deliveries(db);
    services::DeliveryFilter failed;
    failed.status = DeliveryStatus::Failed;
    failed.limit = failuresLooked;
    auto newest = deliveries.list(failed);
    if (!newest)
        return newest.failure();
    DeliveryAlerts::Snapshot snapshot;
    for (const services::DeliveryRecord &record : *newest)
        snapshot.newestFailures << DeliveryAlerts::Failure{record.id, record.webhookName,
                                                           record.reason};
    services::DeliveryFilter stale;
    stale.status = DeliveryStatus::Pending;
    stale.receivedUntil = services::DeliveryService::staleThreshold();
    auto counts = deliveries.counts(stale);
    if (!counts)
        return counts.failure();
    snapshot.staleCount = counts->pending;
    if (snapshot.staleCount > 0) {
        stale.limit = 1;
        stale.offset = snapshot.staleCount - 1; // newest first: the last row is the oldest
        auto oldest = deliveries.list(stale);
        if (!oldest)
            return oldest.failure();
        if (!oldest->isEmpty())
            snapshot.oldestStaleId = oldest->first().id;
    }
    return snapshot;
}

} // namespace

TrayNotifier::TrayNotifier(services::StoreExecutor &reader, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Hookbench"));
        auto *menu = new QMenu(window);
        menu->addAction(tr("Show Hookbench"), this, &TrayNotifier::windowRequested);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        emit windowRequested();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastAlertDelivery > 0)
                emit deliveryRequested(m_lastAlertDelivery);
            else
                emit windowRequested();
        });
        m_tray->show();
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(checkIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TrayNotifier::check);
    m_timer->start();
    check(); // the baseline: what failed before is not news
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::enabled()
{
    return QSettings().value(settingKey, false).toBool();
}

void TrayNotifier::setEnabled(bool on)
{
    QSettings().setValue(settingKey, on);
}

void TrayNotifier::check()
{
    m_reader.read<DeliveryAlerts::Snapshot>(this, lookAtStore,
                                            [this](Result<DeliveryAlerts::Snapshot> snapshot) {
                                                // A store that cannot be read is the status bar's
                                                // to say; the tray stays quiet.
                                                if (snapshot)
                                                    show(m_alerts.update(*snapshot));
                                                emit checked();
                                            });
}

bool TrayNotifier::windowIsAway() const
{
    return !m_window || !m_window->isVisible() || m_window->isMinimized();
}

void TrayNotifier::show(const QList<DeliveryAlerts::Alert> &alerts)
{
    // Someone looking at the window sees the counts change; a notification would only interrupt.
    if (!windowIsAway())
        return;
    for (const DeliveryAlerts::Alert &alert : alerts) {
        m_lastAlertDelivery = alert.deliveryId;
        if (m_tray)
            m_tray->showMessage(alert.title, alert.text, QSystemTrayIcon::Warning);
        emit alerted(alert);
    }
}

} // namespace hb::ui
