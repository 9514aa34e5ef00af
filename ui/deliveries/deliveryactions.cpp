#include "deliveryactions.h"

#include "common/messagelabel.h"
#include "deliveriesmodel.h"
#include "delivery/catcherservice.h"
#include "deliveryexportdialog.h"
#include "deliveryexportjob.h"
#include "deliveryfilterbar.h"
#include "deliveryselectionbar.h"
#include "services/curlcommand.h"
#include "services/deliveryreplay.h"
#include "services/deliveryservice.h"
#include "services/storeexecutor.h"
#include "services/webhookservice.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace hb::ui {

DeliveryActions::DeliveryActions(services::StoreExecutor &executor, const Widgets &widgets,
                                 QWidget *dialogParent)
    : QObject(dialogParent)
    , m_executor(executor)
    , m_widgets(widgets)
    , m_dialogParent(dialogParent)
    , m_replay(new QPushButton(tr("Replay…"), widgets.bar))
    , m_curl(new QPushButton(tr("Copy as curl"), widgets.bar))
    , m_export(new QPushButton(tr("Export…"), widgets.bar))
    , m_sendAgain(new QPushButton(tr("Send again"), widgets.bar))
    , m_job(new DeliveryExportJob(executor, dialogParent))
{
    // In UI.md's order, after Re-run.
    addButton(m_replay, QStringLiteral("deliveryReplay"),
              tr("Send the selected delivery's request again, to its webhook's URL or another"));
    addButton(m_curl, QStringLiteral("deliveryCopyCurl"),
              tr("Copy a curl command line that sends the selected delivery's request again, "
                 "with its API key"));
    addButton(m_export, QStringLiteral("deliveryExport"),
              tr("Save the selected deliveries, or every one the filter matches, as JSON, CSV "
                 "or HAR"));
    addButton(m_sendAgain, QStringLiteral("deliverySendAgain"),
              tr("Open the Sender with the selected delivery's body, to change it and send it"));
    connect(m_replay, &QPushButton::clicked, this, &DeliveryActions::replay);
    connect(m_curl, &QPushButton::clicked, this, &DeliveryActions::copyCurl);
    connect(m_export, &QPushButton::clicked, this, &DeliveryActions::exportDeliveries);
    connect(m_sendAgain, &QPushButton::clicked, this, &DeliveryActions::sendAgain);
    connect(m_job, &DeliveryExportJob::finished, this, &DeliveryActions::exportDone);
    m_widgets.table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_widgets.table, &QWidget::customContextMenuRequested, this,
            &DeliveryActions::showContextMenu);
    connect(m_widgets.table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveryActions::updateButtons);
    // A selected row's page may come in after it was selected; the filter's count changes.
    connect(m_widgets.model, &DeliveriesModel::rowsLoaded, this, &DeliveryActions::updateButtons);
    connect(m_widgets.model, &QAbstractItemModel::modelReset, this,
            &DeliveryActions::updateButtons);
    updateButtons();
}

void DeliveryActions::addButton(QPushButton *button, const QString &name, const QString &tip)
{
    button->setObjectName(name);
    button->setToolTip(tip);
    m_widgets.bar->actionsLayout()->addWidget(button);
}

bool DeliveryActions::isBusy() const
{
    return m_reads > 0 || m_job->isRunning();
}

QList<qint64> DeliveryActions::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_widgets.table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const services::DeliveryRecord *record = m_widgets.model->record(row.row()))
            ids << record->id;
    }
    return ids;
}

qint64 DeliveryActions::singleId() const
{
    const QList<qint64> ids = selectedIds();
    return ids.size() == 1 && m_widgets.table->selectionModel()->selectedRows().size() == 1
               ? ids.first()
               : 0;
}

void DeliveryActions::updateButtons()
{
    const bool one = singleId() != 0;
    m_replay->setEnabled(one);
    m_curl->setEnabled(one);
    m_sendAgain->setEnabled(one);
    // Export needs no selection (everything the filter matches), only something to export.
    m_export->setEnabled(!m_job->isRunning() && m_widgets.model->rowCount() > 0);
}

// The same actions as the buttons, on the rows under the pointer (a right click selects first).
void DeliveryActions::showContextMenu(const QPoint &position)
{
    QMenu menu(m_widgets.table);
    QPushButton *rerun = m_widgets.bar->rerunButton();
    for (QPushButton *button : {rerun, m_replay, m_curl, m_export, m_sendAgain}) {
        QAction *action = menu.addAction(button->text(), button, &QPushButton::click);
        action->setEnabled(button->isEnabled());
        action->setToolTip(button->toolTip());
    }
    menu.exec(m_widgets.table->viewport()->mapToGlobal(position));
}

void DeliveryActions::readStored(qint64 id, std::function<void(const StoredDelivery &)> then)
{
    ++m_reads;
    m_executor.read<StoredDelivery>(
        this,
        [id](services::Connection &db) -> Result<StoredDelivery> {
            auto record = services::DeliveryService(db).show(id);
            if (!record)
                return record.failure();
            StoredDelivery stored{std::move(*record), std::nullopt};
            if (stored.record.webhookId <= 0)
                return stored;
            auto webhook = services::WebhookService(db).findById(stored.record.webhookId);
            if (webhook)
                stored.webhook = std::move(*webhook);
            else if (webhook.errorKind() != ErrorKind::NotFound)
                return webhook.failure();
            return stored;
        },
        [this, id, then](Result<StoredDelivery> stored) {
            --m_reads;
            if (stored)
                then(*stored);
            else
                m_widgets.message->setError(
                    tr("Could not read delivery %1: %2").arg(id).arg(stored.error()));
        });
}

QUrl DeliveryActions::ownCatcher() const
{
    return m_catcher && m_catcher->isListening() ? m_catcher->baseUrl() : QUrl();
}

Result<QUrl> DeliveryActions::webhookUrl(const StoredDelivery &stored) const
{
    const mapping::Webhook *webhook = stored.webhook ? &*stored.webhook : nullptr;
    const QUrl own = ownCatcher();
    if (!own.isValid())
        return services::DeliveryReplay::url(stored.record, webhook, QString());
    if (!webhook) // removed: the address it came to, on this catcher
        return services::DeliveryReplay::url(stored.record, nullptr, own.toString());
    // The webhook's current URL on this catcher (its token may have changed), with the query.
    const QString target = QString::fromUtf8(stored.record.target);
    const qsizetype question = target.indexOf(QLatin1Char('?'));
    return QUrl(m_catcher->webhookUrl(webhook->token)
                + (question < 0 ? QString() : target.mid(question)));
}

void DeliveryActions::copyCurl()
{
    const qint64 id = singleId();
    if (!id)
        return;
    readStored(id, [this, id](const StoredDelivery &stored) {
        const Result<QUrl> url = webhookUrl(stored);
        if (!url) {
            m_widgets.message->setError(
                tr("Cannot copy delivery %1 as curl: %2.").arg(id).arg(url.error()));
            return;
        }
        // A masked line is refused by a webhook that checks its key: the copy must work.
        const QString line =
            services::CurlCommand::of(stored.record, *url, services::Secrets::Revealed);
        const bool secret =
            line != services::CurlCommand::of(stored.record, *url, services::Secrets::Masked);
        QGuiApplication::clipboard()->setText(line);
        m_widgets.message->setSuccess(
            secret ? tr("Copied delivery %1 as a curl command to %2. It contains the API key "
                        "(and signatures): paste it only where that is safe.")
                         .arg(id)
                         .arg(url->toDisplayString())
                   : tr("Copied delivery %1 as a curl command to %2.")
                         .arg(id)
                         .arg(url->toDisplayString()));
    });
}

void DeliveryActions::replay()
{
    const qint64 id = singleId();
    if (!id)
        return;
    readStored(id, [this](const StoredDelivery &stored) {
        const Result<QUrl> url = webhookUrl(stored);
        if (m_replayDialog)
            m_replayDialog->close();
        m_replayDialog =
            new DeliveryReplayDialog(stored, url ? *url : QUrl(), ownCatcher(), m_dialogParent);
        m_replayDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_replayDialog, &DeliveryReplayDialog::showDeliveryRequested, this,
                &DeliveryActions::showDeliveryRequested);
        m_replayDialog->open();
    });
}

void DeliveryActions::sendAgain()
{
    if (const qint64 id = singleId())
        emit sendAgainRequested(id);
}

void DeliveryActions::exportDeliveries()
{
    if (m_job->isRunning())
        return;
    m_exportIds = selectedIds();
    const int selected = int(m_widgets.table->selectionModel()->selectedRows().size());
    if (m_exportDialog)
        m_exportDialog->close();
    m_exportDialog = new DeliveryExportDialog(selected, int(m_exportIds.size()),
                                              m_widgets.model->rowCount(), m_dialogParent);
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exportDialog, &QDialog::accepted, this, &DeliveryActions::exportChosen);
    m_exportDialog->open();
}

void DeliveryActions::exportChosen()
{
    const DeliveryExportDialog::Choice choice = m_exportDialog->choice();
    m_widgets.message->setInfo(tr("Exporting to %1…").arg(QDir::toNativeSeparators(choice.path)));
    m_job->start(choice, m_exportIds, m_widgets.filters->filter());
    updateButtons();
}

void DeliveryActions::exportDone(const Result<qint64> &written, const QString &path)
{
    updateButtons();
    const QString file = QDir::toNativeSeparators(path);
    if (written)
        m_widgets.message->setSuccess(
            *written == 1
                ? tr("Exported 1 delivery to %1.").arg(file)
                : tr("Exported %1 deliveries to %2.").arg(QLocale().toString(*written), file));
    else if (written.errorKind() == ErrorKind::Cancelled)
        m_widgets.message->setInfo(tr("Export cancelled: nothing was written to %1.").arg(file));
    else
        m_widgets.message->setError(
            tr("Could not export the deliveries: %1. Choose another file and try again.")
                .arg(written.error()));
}

} // namespace hb::ui
