// WebhooksPage, continued: list operations, Catch, import and export (kept apart so that each
// file stays readable).
#include "webhookspage.h"

#include "common/messagelabel.h"
#include "delivery/catcherservice.h"
#include "mapping/webhookconfig.h"
#include "mappingpanel.h"
#include "mappingrowsmodel.h"
#include "newfielddialog.h"
#include "samplepanel.h"
#include "samplerequest.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/fieldrepository.h"
#include "store/webhookrepository.h"
#include "webhookdocument.h"
#include "webhooklistpanel.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace hb::ui {

using mapping::Webhook;

QString WebhooksPage::uniqueName(const QString &base) const
{
    auto taken = [this](const QString &name) {
        return std::any_of(m_webhooks.begin(), m_webhooks.end(),
                           [&](const Webhook &webhook) { return webhook.name == name; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

void WebhooksPage::newWebhook()
{
    if (!confirmDiscard())
        return;
    Webhook webhook;
    webhook.name = uniqueName(tr("New webhook"));
    // A stored webhook must name a user path; /email is the commonest and is shown to be changed.
    webhook.user = {mapping::Identifier::Email, QStringLiteral("/email")};
    store::WebhookRepository repository(m_db);
    const Result<Webhook> added = repository.add(webhook);
    if (!added) {
        m_validity->setError(tr("Could not create a webhook: %1").arg(added.error()));
        return;
    }
    m_document->unload();
    reload();
    m_list->select(added->id);
    loadWebhook(added->id);
    m_mapping->setActiveTarget(MappingPanel::Target::UserPath);
    emit notify(tr("Created \"%1\": name it, then Catch a sample").arg(added->name));
}

void WebhooksPage::selectWebhook(qint64 id)
{
    if (!confirmDiscard())
        return;
    m_list->select(id);
    loadWebhook(id);
}

void WebhooksPage::renameWebhook()
{
    if (!m_document->isLoaded())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename webhook"), tr("New name:"),
                                               QLineEdit::Normal, m_document->webhook().name, &ok)
                             .trimmed();
    if (!ok || name == m_document->webhook().name)
        return;
    const bool hadEdits = m_document->isModified();
    Webhook next = m_document->webhook();
    next.name = name;
    m_document->change(next, tr("Rename"));
    if (!hadEdits)
        save(); // a rename of an otherwise saved webhook is kept at once, like in a file manager
}

void WebhooksPage::toggleEnabled()
{
    if (!m_document->isLoaded())
        return;
    const bool hadEdits = m_document->isModified();
    Webhook next = m_document->webhook();
    next.enabled = !next.enabled;
    m_document->change(next, next.enabled ? tr("Enable") : tr("Disable"));
    if (!hadEdits)
        save();
}

void WebhooksPage::duplicateWebhook()
{
    if (!m_document->isLoaded() || !confirmDiscard())
        return;
    store::WebhookRepository repository(m_db);
    const Result<std::optional<Webhook>> stored = repository.findById(m_document->webhook().id);
    if (!stored || !stored->has_value())
        return;
    Webhook copy = **stored;
    const qint64 sourceId = copy.id;
    copy.id = 0;
    copy.token.clear(); // a copy answers on its own URL
    copy.name = uniqueName(tr("%1 (copy)").arg(copy.name));
    const Result<Webhook> added = repository.add(copy);
    if (!added) {
        m_validity->setError(tr("Could not duplicate: %1").arg(added.error()));
        return;
    }
    if (const Result<QJsonObject> sample = repository.sampleRequest(sourceId);
        sample && !sample->isEmpty())
        (void)repository.setSampleRequest(added->id, *sample);
    m_document->unload();
    reload();
    m_list->select(added->id);
    loadWebhook(added->id);
    emit notify(tr("Duplicated as \"%1\"").arg(added->name));
}

void WebhooksPage::showUnloaded(qint64 damagedId)
{
    const QString problem = m_damaged.value(damagedId);
    if (problem.isEmpty()) {
        m_emptyTitle->setText(tr("<h2>No webhook selected</h2>"));
        m_emptyText->setText(
            tr("A webhook gives you a URL to send requests to, and maps what they carry onto your "
               "users: custom fields, coins and XP, channel messages.\n\nCreate one, or import a "
               "webhook file exported from Hookbench."));
        return;
    }
    QString name;
    for (const Webhook &webhook : m_webhooks) {
        if (webhook.id == damagedId)
            name = webhook.name;
    }
    m_emptyTitle->setText(tr("<h2>\"%1\" cannot be opened</h2>").arg(name.toHtmlEscaped()));
    m_emptyText->setText(
        tr("Its stored configuration cannot be read (%1). Its URL refuses "
           "requests, and deliveries already stored for it fail.\n\nDelete it, then "
           "create it again or import a good copy of it.")
            .arg(problem));
}

void WebhooksPage::deleteWebhook()
{
    // A damaged webhook cannot be opened, but it can be selected in the list and deleted.
    const qint64 id = m_document->isLoaded() ? m_document->webhook().id : m_list->currentId();
    if (!id)
        return;
    // The stored name: the one in the document may have been edited since.
    QString storedName;
    for (const Webhook &webhook : m_webhooks) {
        if (webhook.id == id)
            storedName = webhook.name;
    }
    const QString name = m_document->isLoaded() ? m_document->webhook().name : storedName;
    const auto answer = QMessageBox::warning(
        this, tr("Delete webhook?"),
        tr("Delete \"%1\"? Senders will get 404 from its URL. Its deliveries stay in the log.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    store::WebhookRepository repository(m_db);
    if (const Status status = repository.remove(storedName); !status) {
        m_validity->setError(tr("Not deleted: %1").arg(status.error()));
        return;
    }
    if (m_catcher) // its URL answers 404 from the next request on
        m_catcher->webhooksChanged();
    m_document->unload();
    reload();
    emit notify(tr("Deleted \"%1\"").arg(name));
}

void WebhooksPage::createField(int row)
{
    NewFieldDialog dialog(
        [this](const mapping::CustomField &field) {
            store::FieldRepository fields(m_db);
            return fields.add(field);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadFields();
    MappingRowsModel *rows = m_mapping->rowsModel();
    rows->setData(rows->index(row, MappingRowsModel::TargetColumn), dialog.created().key);
    emit notify(tr("Created the field \"%1\" for the whole community").arg(dialog.created().name));
}

QList<QAction *> WebhooksPage::documentActions() const
{
    return {m_saveAction, m_catchAction, m_newAction, m_undoAction, m_redoAction};
}

void WebhooksPage::showEvent(QShowEvent *event)
{
    setShortcutsActive(true);
    QWidget::showEvent(event);
}

void WebhooksPage::hideEvent(QHideEvent *event)
{
    setShortcutsActive(false);
    QWidget::hideEvent(event);
}

void WebhooksPage::setShortcutsActive(bool active)
{
    // Taken off rather than disabled: the menus still offer the actions from any page (the
    // window then shows this one), and QUndoStack owns the enabled state of Undo and Redo.
    for (auto it = m_shortcuts.cbegin(); it != m_shortcuts.cend(); ++it)
        it.key()->setShortcut(active ? it.value() : QKeySequence());
}

void WebhooksPage::catchNext()
{
    if (!m_document->isLoaded() || !m_catcher || !m_catcher->isListening())
        return;
    m_catchingId = m_document->webhook().id;
    m_sample->setWaiting(true, m_catcher->webhookUrl(m_document->webhook().token));
    m_cancelCatchAction->setEnabled(true);
}

void WebhooksPage::cancelCatch()
{
    m_catchingId = 0;
    m_cancelCatchAction->setEnabled(false);
    if (m_sample->isWaiting())
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
    store::DeliveryRepository deliveries(m_db);
    store::DeliveryFilter filter;
    // Names are what the log keeps; the stored name is the one deliveries carry.
    filter.webhookName = m_document->webhook().name;
    for (const Webhook &webhook : m_webhooks) {
        if (webhook.id == m_document->webhook().id)
            filter.webhookName = webhook.name;
    }
    filter.limit = 1;
    const Result<QList<store::DeliveryRecord>> latest = deliveries.list(filter);
    if (!latest) {
        m_sample->showError(tr("Could not read the deliveries: %1").arg(latest.error()));
        return;
    }
    if (latest->isEmpty()) {
        m_sample->showError(tr("This webhook has received nothing yet: click Catch and send a "
                               "request to its URL."));
        return;
    }
    useDelivery(latest->first().id);
}

void WebhooksPage::useDelivery(qint64 deliveryId)
{
    store::DeliveryRepository deliveries(m_db);
    const Result<std::optional<store::DeliveryRecord>> record = deliveries.find(deliveryId);
    if (!record || !record->has_value()) {
        m_sample->showError(
            record ? tr("Delivery %1 is gone.").arg(deliveryId)
                   : tr("Could not read delivery %1: %2").arg(deliveryId).arg(record.error()));
        return;
    }
    const QJsonObject sample = SampleRequest::fromDelivery(**record, m_document->webhook());
    store::WebhookRepository repository(m_db);
    if (const Status stored = repository.setSampleRequest(m_document->webhook().id, sample);
        !stored)
        m_sample->showError(tr("The sample is shown but not kept: %1").arg(stored.error()));
    setSample(sample);
    emit notify(tr("Caught delivery %1").arg(deliveryId));
}

void WebhooksPage::importWebhook()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import webhook"), QString(),
                                                      tr("Webhook JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Status imported = importFrom(path); !imported)
        QMessageBox::warning(this, tr("Import failed"), imported.error());
}

Status WebhooksPage::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return hb::fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const Result<Webhook> parsed =
        mapping::WebhookConfig::fromJson(file.readAll(), &m_document->fields());
    if (!parsed)
        return hb::fail(tr("%1 is not a valid webhook file: %2. Fix that member and import "
                           "again; nothing was imported.")
                            .arg(QFileInfo(path).fileName(), parsed.error()));
    store::WebhookRepository repository(m_db);
    const Result<Webhook> added = repository.add(*parsed);
    if (!added)
        return hb::fail(tr("Not imported: %1").arg(added.error()));
    m_document->unload();
    reload();
    m_list->select(added->id);
    loadWebhook(added->id);
    emit notify(tr("Imported \"%1\"").arg(added->name));
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
    file.write(QJsonDocument(mapping::WebhookConfig::toJson(m_document->webhook()))
                   .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return hb::fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    emit notify(tr("Exported to %1").arg(path));
    return hb::success();
}

} // namespace hb::ui
