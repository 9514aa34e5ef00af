#pragma once

#include "common/result.h"
#include "delivery/catcherservice.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace hb::services {
class StoreExecutor;
}

namespace hb::ui {

class CommunityPage;
struct DeliveryDetails;
class DeliveriesPage;
class SenderPage;
class TrayNotifier;
class WebhooksPage;

// The desktop window: navigation on the left (Webhooks, Deliveries, Community, Sender), one page at
// a time, and a status bar that always says whether deliveries can arrive. It embeds the catcher
// on the address and port kept in QSettings and stops it cleanly when closed.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { WebhooksPageIndex, DeliveriesPageIndex, CommunityPageIndex, SenderPageIndex };

    // `startCatcher` false leaves the catcher stopped (tests start it on a port of their own).
    explicit MainWindow(const QString &dbLocation, QWidget *parent = nullptr);
    MainWindow(const QString &dbLocation, bool startCatcher, QWidget *parent = nullptr);
    ~MainWindow() override;

    hb::Status startCatcher(const delivery::CatcherSettings &settings);
    void stopCatcher();
    delivery::CatcherService *catcher() const { return m_catcher.get(); }
    WebhooksPage *webhooksPage() const { return m_webhooks; }
    DeliveriesPage *deliveriesPage() const { return m_deliveries; }
    CommunityPage *communityPage() const { return m_community; }
    SenderPage *senderPage() const { return m_sender; }
    TrayNotifier *trayNotifier() const { return m_tray; } // null unless Settings turned it on
    QString listeningText() const;
    QString countsText() const;
    QString noticeText() const; // the status bar's passing notice
    void showPage(int page);

public slots:
    // Reads the counts on the reader thread; asked again meanwhile, it reads once more after.
    void refreshCounts();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildCentralWidget();
    void showStoreError(const QString &error);
    void buildPages();
    void connectCatcher();
    void startCounting();
    void buildMenus();
    void buildHelpMenu();
    void buildStatusBar();
    void showListening(const QString &status, const QString &text);
    void editSettings(quint16 suggestedPort = 0);
    // "Send again": the delivery's body (decrypted) in the Sender, for its webhook.
    void sendAgain(qint64 deliveryId);
    // Puts the read delivery in the Sender; what stops it, or nothing.
    QString composeAgain(const Result<std::optional<DeliveryDetails>> &details, qint64 deliveryId);
    void restartFromSettings();
    // Makes or drops the tray notifier as Settings say.
    void followTraySetting();
    void bringBack(); // from the tray: shown, raised and active
    static quint16 freePortNear(quint16 port);

    QString m_dbLocation;
    // Every page's reads and writes and the counts, on its own thread: the window holds no
    // store connection of its own.
    std::unique_ptr<services::StoreExecutor> m_reader;
    std::unique_ptr<delivery::CatcherService> m_catcher;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    WebhooksPage *m_webhooks = nullptr;
    DeliveriesPage *m_deliveries = nullptr;
    CommunityPage *m_community = nullptr;
    SenderPage *m_sender = nullptr;
    QLabel *m_listenIcon = nullptr;
    QLabel *m_listenText = nullptr;
    QPushButton *m_otherPort = nullptr;
    QLabel *m_notice = nullptr;
    QTimer *m_noticeTimer = nullptr;
    QLabel *m_counts = nullptr;
    QTimer *m_countTimer = nullptr;
    TrayNotifier *m_tray = nullptr;
    quint16 m_suggestedPort = 0;
    bool m_editsSettled = false; // the Webhooks page's edits were saved or discarded: close
};

} // namespace hb::ui
