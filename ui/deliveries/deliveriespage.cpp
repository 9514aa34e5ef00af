#include "deliveriespage.h"

#include "common/messagelabel.h"
#include "common/statusicons.h"
#include "deliverieslisting.h"
#include "deliveriesmodel.h"
#include "deliveryactions.h"
#include "deliverydetailsview.h"
#include "deliveryfilterbar.h"
#include "deliveryoverviewtab.h"
#include "deliveryselection.h"
#include "deliveryselectionbar.h"
#include "refusedrequestsdialog.h"
#include "services/storeexecutor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace hb::ui {
namespace {

const QString splitterKey = QStringLiteral("deliveries/splitter");

} // namespace

using services::DeliveryRecord;

DeliveriesPage::DeliveriesPage(services::StoreExecutor &reader, QWidget *parent)
    : QWidget(parent)
    , m_executor(reader)
    , m_filters(new DeliveryFilterBar(this))
    , m_model(new DeliveriesModel(reader, this))
    , m_counts(new QLabel(this))
    , m_refusedButton(new QPushButton(tr("Refused requests…"), this))
    , m_table(new LogTableView(QStringLiteral("deliveriesTable"), m_model, this))
    , m_selectionBar(new DeliverySelectionBar(this))
    , m_details(new DeliveryDetailsView(this))
    , m_message(new MessageLabel(this))
    , m_moved(new MessageLabel(this))
    , m_showMoved(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    QPushButton *refreshButton = buildTitleBar(layout);
    layout->addWidget(m_filters);
    layout->addWidget(buildNotices());
    layout->addWidget(buildSplit(), 1);
    m_selection = new DeliverySelection(
        reader, {m_table, m_model, m_details, m_selectionBar, m_message, m_moved, m_showMoved},
        this);
    m_actions =
        new DeliveryActions(reader, {m_table, m_model, m_filters, m_selectionBar, m_message}, this);
    connectSignals(refreshButton);
    m_model->setFilter(m_filters->filter());
    refresh();
}

DeliveriesPage::~DeliveriesPage()
{
    QSettings().setValue(splitterKey, m_split->saveState());
}

// The title, the counts and the buttons; the Refresh button, created last of the page's widgets:
// the tab order follows creation.
QPushButton *DeliveriesPage::buildTitleBar(QVBoxLayout *layout)
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Deliveries</b>"), this));
    m_counts->setObjectName(QStringLiteral("deliveryCounts"));
    m_counts->setToolTip(tr("Deliveries that match the search, webhook and time, per status"));
    bar->addWidget(m_counts);
    bar->addStretch();
    m_refusedButton->setObjectName(QStringLiteral("deliveriesRefused"));
    m_refusedButton->setToolTip(tr("Requests answered with an error before they were received "
                                   "(a wrong API key or signature, a disabled webhook, an unknown "
                                   "URL): no delivery shows them"));
    bar->addWidget(m_refusedButton);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    bar->addWidget(refreshButton);
    layout->addLayout(bar);
    return refreshButton;
}

QWidget *DeliveriesPage::buildNotices()
{
    auto *notices = new QWidget(this);
    auto *layout = new QVBoxLayout(notices);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message->setObjectName(QStringLiteral("deliveriesMessage"));
    layout->addWidget(m_message);
    auto *moved = new QHBoxLayout;
    m_moved->setObjectName(QStringLiteral("deliveriesMoved"));
    m_showMoved->setObjectName(QStringLiteral("deliveriesShowMoved"));
    m_showMoved->setVisible(false);
    moved->addWidget(m_moved, 1);
    moved->addWidget(m_showMoved);
    layout->addLayout(moved);
    return notices;
}

QWidget *DeliveriesPage::buildSplit()
{
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Rows of one height: a million rows are laid out without asking each one its size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // The status words' width depends on the language ("Fehlgeschlagen" is twice "Failed"): the
    // column fits the longest, after its icon.
    int statusWidth = 0;
    for (const DeliveryStatus status :
         {DeliveryStatus::Success, DeliveryStatus::Failed, DeliveryStatus::Pending,
          DeliveryStatus::Skipped, DeliveryStatus::Sample})
        statusWidth = qMax(statusWidth,
                           m_table->fontMetrics().horizontalAdvance(StatusIcons::describe(status)));
    statusWidth += m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 24;
    m_table->setColumnWidths({{DeliveriesModel::StatusColumn, qMax(100, statusWidth)},
                              {DeliveriesModel::IdColumn, 70},
                              {DeliveriesModel::ReceivedColumn, 150},
                              {DeliveriesModel::WebhookColumn, 160},
                              {DeliveriesModel::UserColumn, 200}});
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_selectionBar);
    m_details->setObjectName(QStringLiteral("deliveryDetails"));
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("deliveriesSplitter"));
    m_split->addWidget(list);
    m_split->addWidget(m_details);
    m_split->setChildrenCollapsible(false);
    // The table is what support staff scroll through: it gets most of the height, until they
    // move the handle, which is remembered.
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    if (!m_split->restoreState(QSettings().value(splitterKey).toByteArray()))
        m_split->setSizes({600, 300});
    connect(m_split, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(splitterKey, m_split->saveState()); });
    return m_split;
}

void DeliveriesPage::connectSignals(QPushButton *refreshButton)
{
    connect(m_filters, &DeliveryFilterBar::changed, this, &DeliveriesPage::filterChanged);
    // Only while the page is shown: a hidden page's shortcut does not fire.
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        searchEdit()->setFocus(Qt::ShortcutFocusReason);
        searchEdit()->selectAll();
    });
    connect(refreshButton, &QPushButton::clicked, this, &DeliveriesPage::refresh);
    connect(m_refusedButton, &QPushButton::clicked, this, &DeliveriesPage::showRefused);
    connect(m_model, &DeliveriesModel::rowsLoaded, this, [this](int first, int last) {
        m_selection->showSelection();
        // The current row was a placeholder when it was chosen: its details now.
        const int current = m_table->currentIndex().row();
        if (current >= first && current <= last)
            m_selection->showCurrent();
    });
    connect(m_model, &DeliveriesModel::loadFailed, this, [this](const QString &error) {
        m_message->setError(tr("Could not read the deliveries: %1").arg(error));
    });
    // Deliveries arriving on top keep the rows in view where they were, unless the top is shown.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                QScrollBar *bar = m_table->verticalScrollBar();
                if (bar->value() > 0)
                    bar->setValue(bar->value() + last - first + 1);
            });
    connect(m_selection, &DeliverySelection::listChanged, this, &DeliveriesPage::refresh);
    connect(m_selection, &DeliverySelection::showRequested, this,
            &DeliveriesPage::showDeliveryUnder);
    connect(m_actions, &DeliveryActions::showDeliveryRequested, this,
            &DeliveriesPage::showDelivery);
    connect(m_actions, &DeliveryActions::sendAgainRequested, this,
            &DeliveriesPage::sendAgainRequested);
}

QLineEdit *DeliveriesPage::searchEdit() const
{
    return m_filters->searchEdit();
}
QComboBox *DeliveriesPage::webhookFilter() const
{
    return m_filters->webhookFilter();
}
QComboBox *DeliveriesPage::receivedFilter() const
{
    return m_filters->receivedFilter();
}
QComboBox *DeliveriesPage::statusFilter() const
{
    return m_filters->statusFilter();
}

bool DeliveriesPage::isLoading() const
{
    return m_readingList || m_selection->isReading() || m_model->isLoading() || m_findId != 0;
}

bool DeliveriesPage::isRerunning() const
{
    return m_selection->isRerunning();
}

void DeliveriesPage::rerunSelected()
{
    m_selection->rerunSelected();
}

// The whole log, so that nothing typed or chosen before hides it, and no id left in the search
// box to narrow the next look.
void DeliveriesPage::showDelivery(qint64 id)
{
    m_filters->clearQuietly();
    m_findId = id;
    m_selection->readDetails(id, false);
    filterChanged();
}

void DeliveriesPage::showDeliveryUnder(qint64 id, DeliveryStatus status)
{
    m_filters->setStatusQuietly(status);
    m_findId = id;
    m_selection->clearMoved();
    m_selection->readDetails(id, true);
    filterChanged();
}

void DeliveriesPage::filterChanged()
{
    // Rows of the previous filter would read as matching this one until the answer comes.
    ++m_filterGeneration;
    m_selection->setHolding(true);
    m_model->setFilter(m_filters->filter());
    m_selection->setHolding(false);
    m_selection->setStatusFilter(m_model->filter().status);
    if (const QString problem = m_filters->problem(); !problem.isEmpty()) {
        m_message->setError(problem);
        m_listMessage = true;
        m_counts->clear();
        return;
    }
    refresh();
}

void DeliveriesPage::refresh()
{
    if (!m_filters->problem().isEmpty())
        return;
    if (m_readingList) {
        m_readAgain = true;
        return;
    }
    m_readingList = true;
    m_readAgain = false;
    if (m_refusedDialog && m_refusedDialog->isVisible())
        m_refusedDialog->refresh();
    DeliveriesListing::Question question;
    question.filter = m_filters->filter();
    question.knownNewestId = m_model->newestId();
    question.knownTotal = m_model->rowCount();
    question.findId = m_findId ? m_findId : m_selection->detailsId();
    question.findAlways = m_findId != 0;
    if (m_model->rowCount() == 0) {
        m_message->setInfo(tr("Loading deliveries…"));
        m_listMessage = true;
    }
    m_executor.read<DeliveriesListing>(
        this,
        [question](services::Connection &db) { return DeliveriesListing::read(db, question); },
        [this, generation = m_filterGeneration,
         knownNewest = question.knownNewestId](Result<DeliveriesListing> listing) {
            m_readingList = false;
            // Rows changed meanwhile (another answer came first): this one's counts are stale.
            if (generation == m_filterGeneration && knownNewest == m_model->newestId())
                showList(std::move(listing));
            if (m_readAgain
                || (generation == m_filterGeneration && knownNewest != m_model->newestId()))
                refresh();
        });
}

QString DeliveriesPage::countsText() const
{
    return m_counts->text();
}

void DeliveriesPage::showList(Result<DeliveriesListing> listing)
{
    if (!listing) {
        m_message->setError(tr("Could not read the deliveries: %1").arg(listing.error()));
        m_listMessage = true;
        m_storeCounts = tr("Delivery counts unavailable: %1").arg(listing.error());
        emit storeCountsChanged(m_storeCounts);
        m_findId = 0;
        return;
    }
    m_filters->showWebhookNames(listing->webhookNames);
    m_refusedButton->setText(listing->refused > 0
                                 ? tr("Refused requests (%1)…").arg(listing->refused)
                                 : tr("Refused requests…"));
    showCounts(*listing);
    if (listing->rows.total == 0) {
        showNoDeliveries(listing->refused);
        m_listMessage = true;
    } else if (m_listMessage) {
        m_message->clear();
        m_listMessage = false;
    }
    showRows(*listing);
}

void DeliveriesPage::showCounts(const DeliveriesListing &listing)
{
    const services::DeliveryCounts &counts = listing.counts;
    // Spelt out: without a translation loaded, %n would read "delivery(s)".
    const QString total =
        counts.total() == 1 ? tr("1 delivery") : tr("%1 deliveries").arg(counts.total());
    QString text = tr("%1: %2 success · %3 failed · %4 pending")
                       .arg(total)
                       .arg(counts.success)
                       .arg(counts.failed)
                       .arg(counts.pending);
    // Shown only when there are any: most webhooks have neither conditions nor drafts.
    if (counts.skipped > 0)
        text += tr(" · %1 skipped").arg(counts.skipped);
    if (counts.sample > 0)
        text += counts.sample == 1 ? tr(" · 1 sample") : tr(" · %1 samples").arg(counts.sample);
    m_counts->setText(text);
    // In the same turn of the event loop as the header: nothing is painted in between.
    m_storeCounts = listing.storeCountsText();
    emit storeCountsChanged(m_storeCounts);
}

// Why the list is empty, and what to do about it.
void DeliveriesPage::showNoDeliveries(qint64 refused)
{
    const bool anyStatus = m_filters->statusText().isEmpty();
    if (m_filters->isNarrowed())
        m_message->setInfo(tr("No deliveries match these filters: clear the search or widen "
                              "them."));
    else if (anyStatus && refused > 0)
        // The likely answer to "I sent one and see nothing": the catcher refused it.
        m_message->setError(
            refused == 1
                ? tr("No deliveries yet, but 1 request was refused before it could be received "
                     "(a wrong key, signature or URL?): see \"Refused requests\".")
                : tr("No deliveries yet, but %1 requests were refused before they could be "
                     "received (a wrong key, signature or URL?): see \"Refused requests\".")
                      .arg(refused));
    else if (anyStatus)
        m_message->setInfo(tr("No deliveries yet: they appear here as requests arrive at a "
                              "webhook's URL."));
    else
        m_message->setInfo(tr("No %1 deliveries.").arg(m_filters->statusText().toLower()));
}

// New deliveries on top keep the selection (the model inserts them); any other change resets
// the rows, and the delivery shown is selected again where it now is, or, gone from this
// filter, its details stay only when a notice says where it went.
void DeliveriesPage::showRows(const DeliveriesListing &listing)
{
    const int scrolled = m_table->verticalScrollBar()->value();
    // Rows replaced (or the first of a filter): the delivery shown is looked for again.
    const bool reset = listing.rows.atOrBelowKnown != m_model->rowCount()
                       || listing.rows.knownNewestId != m_model->newestId()
                       || m_model->rowCount() == 0;
    m_model->showSnapshot(listing.rows);
    const qint64 shown = m_selection->detailsId();
    if (m_findId || reset) {
        if (listing.foundRow) {
            m_selection->selectRow(int(*listing.foundRow));
        } else {
            m_table->verticalScrollBar()->setValue(scrolled);
            if (m_findId) {
                m_message->setError(tr("Delivery %1 was not found.").arg(m_findId));
                m_listMessage = true;
            } else if (shown && shown != m_selection->movedId()) {
                m_selection->clearDetails();
            }
        }
        m_findId = 0;
    }
    m_selection->showSelection();
}

void DeliveriesPage::showRefused()
{
    if (!m_refusedDialog)
        m_refusedDialog = new RefusedRequestsDialog(m_executor, this);
    m_refusedDialog->refresh();
    m_refusedDialog->show();
    m_refusedDialog->raise();
    m_refusedDialog->activateWindow();
}

void DeliveriesPage::showRefusedMatching(const QString &webhookName, int status,
                                         const QDateTime &sentAt)
{
    showRefused();
    m_refusedDialog->selectMatching(webhookName, status, sentAt);
}

} // namespace hb::ui
