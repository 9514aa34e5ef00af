#include "mainwindow.h"
#include "services/records.h"

#include "common/clock.h"

#include "aboutdialog.h"
#include "comingpage.h"
#include "community/communitypage.h"
#include "deliveries/deliveriespage.h"
#include "deliveries/deliveryactions.h"
#include "deliveries/deliverydetails.h"
#include "helpwindow.h"
#include "localtime.h"
#include "sender/senderpage.h"
#include "services/deliveryservice.h"
#include "services/storeexecutor.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "statusicons.h"
#include "traynotifier.h"
#include "webhooks/webhookdocument.h"
#include "webhooks/webhookspage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTcpServer>
#include <QTimer>

namespace hb::ui {

MainWindow::MainWindow(const QString &dbLocation, QWidget *parent)
    : MainWindow(dbLocation, true, parent)
{}

MainWindow::MainWindow(const QString &dbLocation, bool startCatcher, QWidget *parent)
    : QMainWindow(parent)
    , m_dbLocation(dbLocation)
{
    setWindowTitle(tr("Hookbench"));
    setWindowIcon(StatusIcons::app());
    resize(1280, 800);
    buildCentralWidget();

    // Opened once to know whether there is a store at all (and to bring its schema up to date
    // before the catcher and the executor open theirs), then closed: the window works through
    // the executor only.
    const Status opened = services::Connection(dbLocation).open();
    if (!opened) {
        showStoreError(opened.error());
        return;
    }

    m_reader = std::make_unique<services::StoreExecutor>(dbLocation);
    buildPages();
    buildMenus();
    buildStatusBar();
    // Not QStatusBar::showMessage: it would hide whether deliveries can arrive.
    connect(m_webhooks, &WebhooksPage::notify, this, [this](const QString &text) {
        m_notice->setText(text);
        m_noticeTimer->start();
    });
    m_catcher = std::make_unique<delivery::CatcherService>(dbLocation);
    connectCatcher();
    startCounting();
    followTraySetting();

    if (startCatcher)
        restartFromSettings();
    else
        showListening(QStringLiteral("pending"), tr("Not listening yet"));
}

void MainWindow::buildCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(150);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

// Without a store nothing works: say so where the work would be, and how to fix it.
void MainWindow::showStoreError(const QString &error)
{
    auto *page = new ComingPage(
        tr("The store cannot be opened"),
        tr("%1\n\n%2\n\nStart Hookbench with --db PATH (or set HOOKBENCH_DB) to use another "
           "store.")
            .arg(m_dbLocation, error),
        m_pages);
    m_pages->addWidget(page);
    m_navigation->setVisible(false);
    buildStatusBar();
    showListening(QStringLiteral("failed"), tr("Not listening: the store cannot be opened"));
}

void MainWindow::buildPages()
{
    m_webhooks = new WebhooksPage(*m_reader, m_pages);
    m_pages->addWidget(m_webhooks);
    m_deliveries = new DeliveriesPage(*m_reader, m_pages);
    m_pages->addWidget(m_deliveries);
    m_community = new CommunityPage(*m_reader, m_pages);
    m_pages->addWidget(m_community);
    m_sender = new SenderPage(*m_reader, m_pages);
    m_pages->addWidget(m_sender);
    const struct {
        const char *icon;
        QString label;
    } entries[] = {{"webhooks", tr("Webhooks")},
                   {"deliveries", tr("Deliveries")},
                   {"community", tr("Community")},
                   {"sender", tr("Sender")}};
    for (const auto &entry : entries) {
        auto *item = new QListWidgetItem(StatusIcons::navigation(QString::fromLatin1(entry.icon)),
                                         entry.label, m_navigation);
        item->setSizeHint(QSize(0, 40));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (m_pages->currentWidget() == m_deliveries)
            m_deliveries->refresh();
        else if (m_pages->currentWidget() == m_community)
            m_community->refresh();
    });
    m_navigation->setCurrentRow(WebhooksPageIndex);
}

// What the catcher stores or refuses shows on the pages and in the counts as it happens.
void MainWindow::connectCatcher()
{
    connect(m_catcher.get(), &delivery::CatcherService::deliveryStored, this,
            [this](qint64 deliveryId, qint64 webhookId) {
                m_webhooks->deliveryStored(deliveryId, webhookId);
                refreshCounts();
                if (m_pages->currentWidget() == m_deliveries)
                    m_deliveries->refresh();
            });
    connect(m_catcher.get(), &delivery::CatcherService::deliveriesProcessed, this, [this] {
        refreshCounts();
        if (m_pages->currentWidget() == m_deliveries)
            m_deliveries->refresh();
        else if (m_pages->currentWidget() == m_community)
            m_community->refresh();
    });
    connect(m_catcher.get(), &delivery::CatcherService::requestRejected, m_webhooks,
            [this](const services::RejectedRequest &request) {
                m_webhooks->requestRefused(request.status, request.reason, request.webhookId);
            });
    // Said while it lasts (the processor retries every few hundred ms): deliveries stay Pending.
    connect(m_catcher.get(), &delivery::CatcherService::processingStalled, this,
            [this](const QString &error) {
                m_notice->setText(tr("Processing stopped: %1. Deliveries stay Pending and it is "
                                     "tried again.")
                                      .arg(error));
                m_noticeTimer->start();
            });
    connect(m_catcher.get(), &delivery::CatcherService::rejectionsLogged, this, [this] {
        if (m_pages->currentWidget() == m_deliveries)
            m_deliveries->refresh();
    });
    m_webhooks->setCatcher(m_catcher.get());
    m_sender->setCatcher(m_catcher.get());
    // A delivery named on another page (the Sender's answer, a user's history, a channel's
    // message) opens on the Deliveries page.
    const auto showDelivery = [this](qint64 id) {
        showPage(DeliveriesPageIndex);
        m_deliveries->showDelivery(id);
    };
    connect(m_sender, &SenderPage::deliveryRequested, this, showDelivery);
    connect(m_sender, &SenderPage::refusedRequested, this,
            [this](const QString &webhookName, int status, const QDateTime &sentAt) {
                showPage(DeliveriesPageIndex);
                m_deliveries->showRefusedMatching(webhookName, status, sentAt);
            });
    connect(m_community, &CommunityPage::deliveryRequested, this, showDelivery);
    // Copy as curl and Replay aim at this window's catcher, wherever it listens.
    m_deliveries->actions()->setCatcher(m_catcher.get());
    connect(m_deliveries, &DeliveriesPage::sendAgainRequested, this, &MainWindow::sendAgain);
}

void MainWindow::sendAgain(qint64 deliveryId)
{
    m_reader->read<std::optional<DeliveryDetails>>(
        this,
        [deliveryId](services::Connection &db) { return DeliveryDetails::read(db, deliveryId); },
        [this, deliveryId](Result<std::optional<DeliveryDetails>> details) {
            const QString problem = composeAgain(details, deliveryId);
            if (problem.isEmpty()) {
                showPage(SenderPageIndex);
                m_notice->setText(
                    tr("Delivery %1's body is in the Sender: edit it, then Send.").arg(deliveryId));
            } else {
                m_notice->setText(tr("Delivery %1 cannot be sent again: %2.")
                                      .arg(QString::number(deliveryId), problem));
            }
            m_noticeTimer->start();
        });
}

QString MainWindow::composeAgain(const Result<std::optional<DeliveryDetails>> &details,
                                 qint64 deliveryId)
{
    if (!details)
        return details.error();
    if (!*details)
        return tr("delivery %1 is no longer stored").arg(deliveryId);
    const DeliveryDetails &shown = **details;
    // The Sender encrypts what it sends: it needs the plaintext, never the stored ciphertext.
    if (!shown.decryptionError.isEmpty())
        return tr("its body does not decrypt with the webhook's current key");
    const DeliveryDetails::Body &body = shown.decrypted ? *shown.decrypted : shown.body;
    if (body.kind == DeliveryDetails::Body::Kind::Binary)
        return tr("its body is binary, which the Sender cannot edit");
    QString contentType;
    for (const auto &[name, value] : shown.record.headers) {
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = QString::fromUtf8(value);
    }
    // As it came: the method and, for a plain body, its type (a form stays a form).
    if (!m_sender->compose(shown.record.webhookId, body.text, shown.record.method,
                           shown.decrypted ? QString() : contentType, shown.record.headers))
        return tr("its webhook was removed");
    return {};
}

void MainWindow::startCounting()
{
    connect(m_deliveries, &DeliveriesPage::storeCountsChanged, m_counts, &QLabel::setText);
    m_counts->setText(m_deliveries->storeCountsText());
    m_countTimer = new QTimer(this);
    m_countTimer->setInterval(10000); // also catches deliveries written by `hookbench serve`
    connect(m_countTimer, &QTimer::timeout, this, &MainWindow::refreshCounts);
    m_countTimer->start();
    refreshCounts();
}

MainWindow::~MainWindow()
{
    stopCatcher();
    // The pages go first, while the executor they read and write through still exists: QWidget
    // would delete them only after this class's members, and a cell editor still open commits
    // its edit (through the executor) as it loses focus on the way out.
    delete m_tray;
    m_tray = nullptr;
    delete centralWidget();
    m_navigation = nullptr;
    m_pages = nullptr;
    m_webhooks = nullptr;
    m_deliveries = nullptr;
    m_community = nullptr;
    m_sender = nullptr;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_webhooks->newAction());
    file->addAction(tr("&Import webhook…"), m_webhooks, &WebhooksPage::importWebhook);
    file->addAction(tr("&Export webhook…"), m_webhooks, &WebhooksPage::exportWebhook);
    file->addAction(m_webhooks->saveAction());
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, [this] { editSettings(); });
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_webhooks->undoAction());
    edit->addAction(m_webhooks->redoAction());
    edit->addSeparator();
    edit->addAction(m_webhooks->catchAction());
    // Their shortcuts work on the Webhooks page only; chosen from a menu elsewhere, they act on
    // the webhook being designed, so show it rather than change it out of sight.
    for (QAction *action : m_webhooks->documentActions())
        connect(action, &QAction::triggered, this, [this] { showPage(WebhooksPageIndex); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int page = 0; page < m_navigation->count(); ++page) {
        QAction *action = view->addAction(m_navigation->item(page)->text(), this,
                                          [this, page] { showPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        m_navigation->item(page)->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
    }
    buildHelpMenu();
    // Tables format their times as they paint: repainting them is all a switch to UTC needs.
    connect(LocalTime::notifier(), &LocalTime::changed, this, [this] {
        for (QAbstractItemView *table : findChildren<QAbstractItemView *>())
            table->viewport()->update();
    });
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("Hookbench &Help"), this, [this] {
        auto *window = findChild<HelpWindow *>();
        if (!window)
            window = new HelpWindow(m_dbLocation, this);
        window->show();
        window->raise();
        window->activateWindow();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        const QList<ShortcutsDialog::Page> pages{{tr("Webhooks page"), m_webhooks},
                                                 {tr("Deliveries page"), m_deliveries},
                                                 {tr("Community page"), m_community},
                                                 {tr("Sender page"), m_sender}};
        auto *dialog = new ShortcutsDialog(
            ShortcutsDialog::collect(
                this, pages, [this](QAction *action) { return m_webhooks->pageShortcut(action); }),
            this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Hookbench"), this, [this] {
        auto *dialog = new AboutDialog(m_dbLocation, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar()
{
    auto *listening = new QWidget(this);
    auto *layout = new QHBoxLayout(listening);
    layout->setContentsMargins(4, 0, 4, 0);
    m_listenIcon = new QLabel(listening);
    m_listenText = new QLabel(listening);
    m_listenText->setObjectName(QStringLiteral("listeningText"));
    m_listenText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_otherPort = new QPushButton(listening);
    m_otherPort->setObjectName(QStringLiteral("otherPort"));
    m_otherPort->setVisible(false);
    layout->addWidget(m_listenIcon);
    layout->addWidget(m_listenText);
    layout->addWidget(m_otherPort);
    statusBar()->addWidget(listening);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    statusBar()->addWidget(m_notice, 1);
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(6000);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QLabel::clear);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("deliveryCounts"));
    statusBar()->addPermanentWidget(m_counts);
    connect(m_otherPort, &QPushButton::clicked, this, [this] { editSettings(m_suggestedPort); });
}

void MainWindow::showListening(const QString &status, const QString &text)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_listenIcon->setPixmap(StatusIcons::forStatus(status).pixmap(size, size));
    m_listenIcon->setToolTip(StatusIcons::describe(status));
    m_listenText->setText(text);
    m_listenText->setAccessibleName(text);
}

QString MainWindow::listeningText() const
{
    return m_listenText ? m_listenText->text() : QString();
}
QString MainWindow::countsText() const
{
    return m_counts ? m_counts->text() : QString();
}
QString MainWindow::noticeText() const
{
    return m_notice ? m_notice->text() : QString();
}

void MainWindow::showPage(int page)
{
    if (m_navigation && page >= 0 && page < m_navigation->count())
        m_navigation->setCurrentRow(page);
}

hb::Status MainWindow::startCatcher(const delivery::CatcherSettings &settings)
{
    if (!m_catcher)
        return hb::fail(tr("the store cannot be opened"));
    m_catcher->stop();
    const Status started = m_catcher->start(settings);
    m_otherPort->setVisible(!started);
    if (started) {
        showListening(QStringLiteral("success"),
                      tr("Listening on %1").arg(m_catcher->baseUrl().toString()));
    } else {
        m_suggestedPort = freePortNear(settings.port);
        showListening(QStringLiteral("failed"),
                      tr("Not listening: %1. Deliveries cannot arrive.").arg(started.error()));
        m_otherPort->setText(m_suggestedPort ? tr("Use port %1…").arg(m_suggestedPort)
                                             : tr("Choose another port…"));
    }
    if (m_webhooks)
        m_webhooks->catcherStateChanged();
    if (m_sender)
        m_sender->catcherStateChanged();
    return started;
}

void MainWindow::stopCatcher()
{
    if (m_catcher && m_catcher->isListening()) {
        m_catcher->stop();
        if (m_listenText)
            showListening(QStringLiteral("pending"), tr("Stopped"));
    }
}

void MainWindow::restartFromSettings()
{
    delivery::CatcherSettings settings;
    settings.address = SettingsDialog::storedAddress();
    settings.port = SettingsDialog::storedPort();
    (void)startCatcher(settings);
}

quint16 MainWindow::freePortNear(quint16 port)
{
    for (int candidate = port + 1; candidate < port + 20 && candidate < 65536; ++candidate) {
        QTcpServer probe;
        if (probe.listen(SettingsDialog::storedAddress(), quint16(candidate)))
            return quint16(candidate);
    }
    return 0;
}

void MainWindow::editSettings(quint16 suggestedPort)
{
    SettingsDialog dialog(m_dbLocation, this);
    if (suggestedPort)
        dialog.setPort(suggestedPort);
    // Times and the theme apply by themselves; the catcher restarts only for a new address or
    // port (or to try again when it is not listening), not to drop connections for a colour.
    if (dialog.exec() != QDialog::Accepted)
        return;
    followTraySetting();
    if (dialog.listeningChanged() || !m_catcher || !m_catcher->isListening())
        restartFromSettings();
}

void MainWindow::followTraySetting()
{
    if (!TrayNotifier::enabled()) {
        delete m_tray;
        m_tray = nullptr;
        return;
    }
    if (m_tray)
        return;
    m_tray = new TrayNotifier(*m_reader, this, this);
    connect(m_tray, &TrayNotifier::windowRequested, this, &MainWindow::bringBack);
    connect(m_tray, &TrayNotifier::deliveryRequested, this, [this](qint64 id) {
        bringBack();
        showPage(DeliveriesPageIndex);
        m_deliveries->showDelivery(id);
    });
}

void MainWindow::bringBack()
{
    showNormal();
    raise();
    activateWindow();
}

// The counts come from the Deliveries page's read, the same one as its header's counts: the two
// never disagree, and one refresh brings both.
void MainWindow::refreshCounts()
{
    if (m_deliveries)
        m_deliveries->refresh();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved edits are asked about; a save chosen then is stored before the window closes.
    if (m_webhooks && !m_editsSettled && m_webhooks->hasUnsavedEdits()) {
        event->ignore();
        m_webhooks->settleEdits([this] {
            m_editsSettled = true;
            QTimer::singleShot(0, this, [this] { close(); });
        });
        return;
    }
    stopCatcher();
    event->accept();
}

} // namespace hb::ui
