// WebhooksPage, continued: Catch, Use latest, import and export. The sample and the deliveries
// are read and kept through the services on the StoreExecutor's thread.
#include "webhookspage.h"

#include "common/messagelabel.h"
#include "delivery/catcherservice.h"
#include "mapping/webhookconfig.h"
#include "payload/jsonwriter.h"
#include "samplepanel.h"
#include "samplerequest.h"
#include "services/deliveryservice.h"
#include "services/webhookservice.h"
#include "webhookdocument.h"
#include "webhooklistpanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QSaveFile>

namespace hb::ui {

using mapping::Webhook;

void WebhooksPage::catchNext()
{
    if (!m_document->isLoaded() || !m_catcher || !m_catcher->isListening())
        return;
    // A live webhook's next request is applied whether or not it is caught: say so first, and
    // wait only once the admin has read it (Catch or Ctrl+K again confirms).
    if (!m_document->webhook().draft && !m_sample->isAskingLive() && !m_sample->isWaiting()) {
        m_sample->askLiveCatch();
        m_cancelCatchAction->setEnabled(true);
        return;
    }
    m_catchingId = m_document->webhook().id;
    m_sample->setWaiting(true, m_catcher->webhookUrl(m_document->webhook().token));
    m_cancelCatchAction->setEnabled(true);
}

void WebhooksPage::cancelCatch()
{
    m_catchingId = 0;
    m_cancelCatchAction->setEnabled(false);
    if (m_sample->isWaiting() || m_sample->isAskingLive())
        m_sample->setWaiting(false);
}

void WebhooksPage::deliveryStored(qint64 deliveryId, qint64 webhookId)
{
    if (!m_catchingId || webhookId != m_catchingId)
        return;
    m_catchingId = 0;
    m_cancelCatchAction->setEnabled(false);
    m_sample->setWaiting(false);
    useDelivery(deliveryId);
}

void WebhooksPage::requestRefused(int status, const QString &reason, qint64 webhookId)
{
    if (!m_catchingId || webhookId != m_catchingId)
        return;
    m_sample->setWaitingNote(
        tr("A request to this URL was refused (%1: %2): it was not received, so it is not the "
           "sample. Fix the sender and send it again; still waiting.")
            .arg(status)
            .arg(reason));
}

void WebhooksPage::takeLatest()
{
    if (!m_document->isLoaded())
        return;
    // The log finds a webhook's deliveries by its stored name (under any name they came).
    services::DeliveryFilter filter;
    filter.webhookName = storedName(m_document->webhook().id);
    if (filter.webhookName.isEmpty())
        filter.webhookName = m_document->webhook().name;
    filter.limit = 1;
    run<QList<services::DeliveryRecord>>(
        {},
        [filter](services::Connection &db) { return services::DeliveryService(db).list(filter); },
        [this](Result<QList<services::DeliveryRecord>> latest) {
            if (!latest) {
                m_sample->showError(tr("Could not read the deliveries: %1").arg(latest.error()));
                return;
            }
            if (latest->isEmpty()) {
                m_sample->showError(tr("This webhook has received nothing yet: click Catch and "
                                       "send a request to its URL."));
                return;
            }
            useDelivery(latest->first().id);
        });
}

void WebhooksPage::useDelivery(qint64 deliveryId)
{
    if (!m_document->isLoaded())
        return;
    // Decoded with the settings being designed (a key typed but not saved yet included), and
    // kept with the webhook, all on the executor's thread: a large body never stalls the window.
    struct Caught {
        QJsonObject sample;
        QString notKept; // why the sample is shown but not kept, or empty
    };
    const Webhook webhook = m_document->webhook();
    run<Caught>(
        {},
        [deliveryId, webhook](services::Connection &db) -> Result<Caught> {
            const Result<std::optional<services::DeliveryRecord>> record =
                services::DeliveryService(db).find(deliveryId);
            if (!record)
                return hb::fail(QCoreApplication::translate("hb::ui::WebhooksPage",
                                                            "Could not read delivery %1: %2")
                                    .arg(deliveryId)
                                    .arg(record.error()));
            if (!record->has_value())
                return hb::fail(
                    QCoreApplication::translate("hb::ui::WebhooksPage", "Delivery %1 is gone.")
                        .arg(deliveryId));
            Caught caught{SampleRequest::fromDelivery(**record, webhook), {}};
            if (const Status kept =
                    services::WebhookService(db).setSample(webhook.id, caught.sample);
                !kept)
                caught.notKept = kept.error();
            return caught;
        },
        [this, deliveryId, id = webhook.id](Result<Caught> caught) {
            if (!m_document->isLoaded() || m_document->webhook().id != id)
                return; // another webhook is open now; the sample is kept with its own
            if (!caught) {
                m_sample->showError(caught.error());
                return;
            }
            setSample(caught->sample);
            if (!caught->notKept.isEmpty())
                m_sample->showError(
                    tr("The sample is shown but not kept: %1").arg(caught->notKept));
            emit notify(tr("Caught delivery %1").arg(deliveryId));
        });
}

void WebhooksPage::importWebhook()
{
    if (m_writing)
        return;
    settleEdits([this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import webhook"), QString(), tr("Webhook JSON (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        if (const Status imported = importFrom(path); !imported)
            QMessageBox::warning(this, tr("Import failed"), imported.error());
    });
}

Status WebhooksPage::importFrom(const QString &path)
{
    if (m_writing)
        return hb::fail(tr("Wait until the change on its way is stored, then import again."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return hb::fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray json = file.readAll();
    const QString fileName = QFileInfo(path).fileName();
    // Checked here first against the fields as listed, so that a faulty file is refused at
    // once, naming the member; the service checks it again against the store.
    const Result<Webhook> parsed = mapping::WebhookConfig::fromJson(json, &m_document->fields());
    if (!parsed)
        return hb::fail(tr("%1 is not a valid webhook file: %2. Fix that member and import "
                           "again; nothing was imported.")
                            .arg(fileName, parsed.error()));
    run<Webhook>(
        tr("Importing…"),
        [json](services::Connection &db) {
            return services::WebhookService(db).importConfig(
                json, services::WebhookService::ImportMode::Add);
        },
        [this, fileName](Result<Webhook> added) {
            if (!added) {
                m_validity->setError(tr("%1 was not imported: %2").arg(fileName, added.error()));
                return;
            }
            openLoaded(*added, {});
            emit notify(tr("Imported \"%1\"").arg(added->name));
        });
    return hb::success();
}

void WebhooksPage::exportWebhook()
{
    if (!m_document->isLoaded())
        return;
    if (const QString problem = validationProblem(); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot export yet"), tr("Fix this first: %1").arg(problem));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export webhook"), m_document->webhook().name + QStringLiteral(".json"),
        tr("Webhook JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status exported = exportTo(path); !exported)
        QMessageBox::warning(this, tr("Export failed"), exported.error());
}

Status WebhooksPage::exportTo(const QString &path)
{
    if (!m_document->isLoaded())
        return hb::fail(tr("Select a webhook to export."));
    if (const QString problem = validationProblem(); !problem.isEmpty())
        return hb::fail(tr("Cannot export yet: %1").arg(problem));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return hb::fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    // JsonWriter: a number in the configuration keeps every digit, as `webhook export` writes it.
    file.write(payload::JsonWriter::write(mapping::WebhookConfig::toJson(m_document->webhook()),
                                          payload::JsonWriter::Format::Indented));
    if (!file.commit())
        return hb::fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    emit notify(tr("Exported to %1").arg(path));
    return hb::success();
}

} // namespace hb::ui
