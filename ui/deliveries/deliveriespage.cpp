#include "deliveriespage.h"
#include "services/records.h"

#include "common/clock.h"
#include "common/logtableview.h"
#include "common/messagelabel.h"
#include "common/statusicons.h"
#include "deliverieslisting.h"
#include "deliveriesmodel.h"
#include "delivery/deliverysummary.h"
#include "deliverydetailsview.h"
#include "deliveryoverviewtab.h"
#include "refusedrequestsdialog.h"
#include "services/deliveryservice.h"
#include "services/storeexecutor.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace hb::ui {

using services::DeliveryRecord;

DeliveriesPage::DeliveriesPage(services::StoreExecutor &reader, QWidget *parent)
    : QWidget(parent)
    , m_executor(reader)
    , m_model(new DeliveriesModel(this))
    , m_search(new QLineEdit(this))
    , m_searchPause(new QTimer(this))
    , m_webhook(new QComboBox(this))
    , m_received(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_refusedButton(new QPushButton(tr("Refused requests…"), this))
    , m_table(new LogTableView(QStringLiteral("deliveriesTable"), m_model, this))
    , m_details(new DeliveryDetailsView(this))
    , m_message(new MessageLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    QPushButton *refreshButton = buildTitleBar(layout);
    layout->addLayout(buildFilterBar());
    m_message->setObjectName(QStringLiteral("deliveriesMessage"));
    layout->addWidget(m_message);
    layout->addWidget(buildSplit(), 1);
    connectSignals(refreshButton);
    refresh();
}

// The title, the counts and the buttons; the Refresh button, created last of the page's widgets:
// the tab order follows creation.
QPushButton *DeliveriesPage::buildTitleBar(QVBoxLayout *layout)
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Deliveries</b> (newest 200)"), this));
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

QLayout *DeliveriesPage::buildFilterBar()
{
    auto *filters = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("deliverySearch"));
    m_search->setPlaceholderText(
        tr("Search user, reason, webhook or delivery id (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search deliveries"));
    filters->addWidget(m_search, 1);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(250);
    auto addCombo = [this, filters](const QString &label, QComboBox *combo, const QString &name) {
        auto *title = new QLabel(label, this);
        title->setBuddy(combo);
        combo->setObjectName(name);
        filters->addWidget(title);
        filters->addWidget(combo);
    };
    addCombo(tr("&Webhook:"), m_webhook, QStringLiteral("deliveryWebhookFilter"));
    m_webhook->addItem(tr("All webhooks"), QString());
    m_webhook->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addCombo(tr("&Received:"), m_received, QStringLiteral("deliveryReceivedFilter"));
    m_received->addItem(tr("Any time"), 0);
    m_received->addItem(tr("Last hour"), 3600);
    m_received->addItem(tr("Last 24 hours"), 24 * 3600);
    m_received->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    addCombo(tr("&Status:"), m_status, QStringLiteral("deliveryStatusFilter"));
    m_status->addItem(tr("All"), QString());
    for (DeliveryStatus status : allDeliveryStatuses())
        m_status->addItem(StatusIcons::forStatus(status), StatusIcons::describe(status),
                          deliveryStatusName(status));
    return filters;
}

QWidget *DeliveriesPage::buildSplit()
{
    m_table->setColumnWidths({{DeliveriesModel::StatusColumn, 100},
                              {DeliveriesModel::ReceivedColumn, 150},
                              {DeliveriesModel::WebhookColumn, 160},
                              {DeliveriesModel::UserColumn, 200}});
    m_details->setObjectName(QStringLiteral("deliveryDetails"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    // The details are what support staff read: they get the larger share of the height.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    return split;
}

void DeliveriesPage::connectSignals(QPushButton *refreshButton)
{
    for (QComboBox *combo : {m_webhook, m_received, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &DeliveriesPage::filterChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this, &DeliveriesPage::filterChanged);
    // Only while the page is shown: a hidden page's shortcut does not fire.
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(refreshButton, &QPushButton::clicked, this, &DeliveriesPage::refresh);
    connect(m_refusedButton, &QPushButton::clicked, this, &DeliveriesPage::showRefused);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showDetails(false); });
    connect(m_details->overview(), &DeliveryOverviewTab::rerunRequested, this,
            &DeliveriesPage::rerun);
}

void DeliveriesPage::showDelivery(qint64 id)
{
    for (QComboBox *combo : {m_webhook, m_received, m_status}) {
        const QSignalBlocker quiet(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker quiet(m_search);
        m_search->setText(QString::number(id));
    }
    m_searchPause->stop();
    filterChanged();
    // Set after the list was emptied: the list selects this row when it comes, and reads its
    // details.
    m_detailsId = id;
    m_detailsStatus.reset();
}

void DeliveriesPage::filterChanged()
{
    // Rows of the previous filter would read as matching this one until the answer comes.
    ++m_filterGeneration;
    m_model->setRecords({});
    refresh();
}

services::DeliveryFilter DeliveriesPage::currentFilter() const
{
    services::DeliveryFilter filter;
    filter.status = deliveryStatusFromName(m_status->currentData().toString());
    filter.webhookName = m_webhook->currentData().toString();
    filter.search = m_search->text().trimmed();
    if (const int seconds = m_received->currentData().toInt(); seconds > 0)
        filter.receivedSince = isoUtc(QDateTime::currentDateTimeUtc().addSecs(-seconds));
    filter.limit = 200;
    return filter;
}

void DeliveriesPage::refresh()
{
    if (m_readingList) {
        m_readAgain = true;
        return;
    }
    m_readingList = true;
    m_readAgain = false;
    if (m_refusedDialog && m_refusedDialog->isVisible())
        m_refusedDialog->refresh();
    const services::DeliveryFilter filter = currentFilter();
    if (m_model->rowCount() == 0)
        m_message->setInfo(tr("Loading deliveries…"));
    m_executor.read<DeliveriesListing>(
        this, [filter](services::Connection &db) { return DeliveriesListing::read(db, filter); },
        [this, generation = m_filterGeneration](Result<DeliveriesListing> listing) {
            m_readingList = false;
            if (generation == m_filterGeneration)
                showList(std::move(listing));
            if (m_readAgain)
                refresh();
        });
}

QString DeliveriesPage::countsText() const
{
    return m_counts->text();
}

void DeliveriesPage::showWebhookNames(const QStringList &names)
{
    const QString chosen = m_webhook->currentData().toString();
    QStringList listed;
    for (int index = 1; index < m_webhook->count(); ++index)
        listed << m_webhook->itemData(index).toString();
    // A webhook removed since stays while it is the filter: its deliveries are still there.
    QStringList wanted = names;
    if (!chosen.isEmpty() && !wanted.contains(chosen))
        wanted << chosen;
    if (listed == wanted)
        return;
    const QSignalBlocker quiet(m_webhook); // the filter itself does not change
    m_webhook->clear();
    m_webhook->addItem(tr("All webhooks"), QString());
    for (const QString &name : std::as_const(wanted))
        m_webhook->addItem(name, name);
    m_webhook->setCurrentIndex(qMax(0, m_webhook->findData(chosen)));
}

void DeliveriesPage::showList(Result<DeliveriesListing> listing)
{
    if (!listing) {
        m_message->setError(tr("Could not read the deliveries: %1").arg(listing.error()));
        return;
    }
    showWebhookNames(listing->webhookNames);
    m_refusedButton->setText(listing->refused > 0
                                 ? tr("Refused requests (%1)…").arg(listing->refused)
                                 : tr("Refused requests…"));
    showCounts(listing->counts);
    QList<DeliveryRecord> &records = listing->records;
    if (records.isEmpty())
        showNoDeliveries(listing->refused);
    else
        m_message->clear();
    showRecords(std::move(records));
}

void DeliveriesPage::showCounts(const services::DeliveryCounts &counts)
{
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
}

// Why the list is empty, and what to do about it.
void DeliveriesPage::showNoDeliveries(qint64 refused)
{
    const bool narrowed = !m_search->text().trimmed().isEmpty() || m_webhook->currentIndex() > 0
                          || m_received->currentIndex() > 0;
    if (narrowed)
        m_message->setInfo(tr("No deliveries match these filters: clear the search or widen "
                              "them."));
    else if (m_status->currentData().toString().isEmpty() && refused > 0)
        // The likely answer to "I sent one and see nothing": the catcher refused it.
        m_message->setError(
            refused == 1
                ? tr("No deliveries yet, but 1 request was refused before it could be received "
                     "(a wrong key, signature or URL?): see \"Refused requests\".")
                : tr("No deliveries yet, but %1 requests were refused before they could be "
                     "received (a wrong key, signature or URL?): see \"Refused requests\".")
                      .arg(refused));
    else if (m_status->currentData().toString().isEmpty())
        m_message->setInfo(tr("No deliveries yet: they appear here as requests arrive at a "
                              "webhook's URL."));
    else
        m_message->setInfo(tr("No %1 deliveries.").arg(m_status->currentText().toLower()));
}

// The selection is kept across the new snapshot without reading its details again, unless its
// status changed (pending became success, say).
void DeliveriesPage::showRecords(QList<DeliveryRecord> records)
{
    m_restoringSelection = true;
    m_model->setRecords(std::move(records));
    int selectedRow = -1;
    for (int row = 0; m_detailsId && row < m_model->rowCount(); ++row) {
        if (m_model->record(row)->id == m_detailsId) {
            selectedRow = row;
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    m_restoringSelection = false;
    if (selectedRow < 0) {
        m_detailsId = 0;
        m_details->showPlaceholder();
    } else if (m_model->record(selectedRow)->status != m_detailsStatus) {
        showDetails(true);
    }
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

void DeliveriesPage::showDetails(bool quietly)
{
    if (m_restoringSelection)
        return;
    const qint64 id = m_table->currentIndex().data(DeliveriesModel::IdRole).toLongLong();
    if (!id) {
        m_detailsId = 0;
        m_details->showPlaceholder();
        return;
    }
    if (!quietly || id != m_detailsId)
        m_details->showLoading(id);
    m_detailsId = id;
    ++m_detailReads;
    // The body is formatted (and decrypted) on the reader's thread too: up to 1 MiB of JSON to
    // indent must not hold up the click.
    m_executor.read<std::optional<DeliveryDetails>>(
        this, [id](services::Connection &db) { return DeliveryDetails::read(db, id); },
        [this, id](Result<std::optional<DeliveryDetails>> details) {
            --m_detailReads;
            if (id != m_detailsId)
                return; // another delivery was selected meanwhile: its read follows
            if (!details || !details->has_value()) {
                m_detailsStatus.reset();
                m_details->showProblem(
                    details ? tr("Delivery %1 is gone.").arg(id)
                            : tr("Could not read delivery %1: %2").arg(id).arg(details.error()));
                return;
            }
            m_detailsStatus = (*details)->record.status;
            m_details->showDetails(**details);
            showRerunState();
        });
}

// Applying a sample changes users who were never meant to be touched by a draft: the admin is
// shown who and what first (SPEC §2), computed by a re-run that is rolled back.
void DeliveriesPage::rerun(qint64 id)
{
    if (m_rerunning.contains(id))
        return;
    if (id != m_detailsId || m_detailsStatus != DeliveryStatus::Sample) {
        applyRerun(id);
        return;
    }
    m_rerunning.insert(id);
    showRerunState();
    m_executor.read<services::DeliveryRecord>(
        this,
        [id](services::Connection &db) { return services::DeliveryService(db).previewRerun(id); },
        [this, id](Result<services::DeliveryRecord> preview) {
            m_rerunning.remove(id);
            showRerunState();
            if (!preview) {
                if (id == m_detailsId)
                    m_details->overview()->showRerunError(
                        tr("Could not work out what sample %1 would change: %2")
                            .arg(id)
                            .arg(preview.error()));
                return;
            }
            if (confirmSample(*preview))
                applyRerun(id);
        });
}

bool DeliveriesPage::confirmSample(const services::DeliveryRecord &preview)
{
    QString text;
    if (preview.status == DeliveryStatus::Success) {
        QStringList changes;
        for (const QJsonValue &change : preview.changes)
            changes << QStringLiteral("• ")
                           + delivery::DeliverySummary::changeText(change.toObject());
        text = tr("Apply sample %1 under the current mapping of \"%2\"?\n\nUser: %3\n%4\n\nThese "
                  "changes are real and kept in the user's history.")
                   .arg(preview.id)
                   .arg(preview.webhookName, preview.userLabel,
                        changes.isEmpty() ? tr("Nothing would change.")
                                          : changes.join(QLatin1Char('\n')));
    } else {
        text = tr("Applying sample %1 now would end %2: %3\n\nApply it anyway (the attempt is "
                  "kept)?")
                   .arg(preview.id)
                   .arg(StatusIcons::describe(preview.status), preview.reason);
    }
    return QMessageBox::question(this, tr("Apply sample %1").arg(preview.id), text,
                                 QMessageBox::Apply | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Apply;
}

// A re-run writes, and the GUI thread never blocks on SQL: it goes through the executor's thread
// and connection because it is one short transaction, like the CLI's, and being queued behind
// the reads keeps the list and details read after it in order with it. The details are read in
// the same job, so that they show the new attempt without another round trip.
void DeliveriesPage::applyRerun(qint64 id)
{
    m_rerunning.insert(id);
    showRerunState();
    m_executor.read<std::optional<DeliveryDetails>>(
        this,
        [id](services::Connection &db) -> Result<std::optional<DeliveryDetails>> {
            if (auto record = services::DeliveryService(db).rerun(id); !record)
                return fail(record.error());
            return DeliveryDetails::read(db, id);
        },
        [this, id](Result<std::optional<DeliveryDetails>> details) {
            m_rerunning.remove(id);
            refresh(); // the list shows the new status (or whatever the store holds now)
            if (id != m_detailsId)
                return; // another delivery is shown: the list tells this one's outcome
            showRerunState();
            if (!details) {
                m_details->overview()->showRerunError(
                    tr("Could not re-run delivery %1: %2").arg(id).arg(details.error()));
                return;
            }
            if (!details->has_value()) {
                m_detailsStatus.reset();
                m_details->showProblem(tr("Delivery %1 is gone.").arg(id));
                return;
            }
            m_detailsStatus = (*details)->record.status;
            m_details->showDetails(**details);
        });
}

void DeliveriesPage::showRerunState()
{
    m_details->overview()->setRerunning(m_detailsId && m_rerunning.contains(m_detailsId));
}

} // namespace hb::ui
