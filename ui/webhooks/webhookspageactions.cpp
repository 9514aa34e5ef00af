// WebhooksPage, continued: list operations, Save and Go live (kept apart so that each file
// stays readable). Every write runs through the StoreExecutor with a service.
#include "webhookspage.h"

#include "common/messagelabel.h"
#include "draftbanner.h"
#include "mapping/webhookconfig.h"
#include "mappingpanel.h"
#include "mappingrowsmodel.h"
#include "newfielddialog.h"
#include "samplepanel.h"
#include "services/communityservice.h"
#include "services/webhookservice.h"
#include "webhookdocument.h"
#include "webhooklistpanel.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

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

QString WebhooksPage::storedName(qint64 id) const
{
    for (const Webhook &webhook : m_webhooks) {
        if (webhook.id == id)
            return webhook.name;
    }
    return {};
}

void WebhooksPage::newWebhook()
{
    if (m_writing)
        return;
    settleEdits([this] {
        // A draft (SPEC §2): it may not know its user path yet, and its requests change nobody
        // until the admin makes it live.
        const QString name = tr("New webhook");
        run<Webhook>(
            tr("Creating a webhook…"),
            [name](services::Connection &db) {
                return services::WebhookService(db).createDraft(name);
            },
            [this](Result<Webhook> created) {
                if (!created) {
                    m_validity->setError(tr("Could not create a webhook: %1").arg(created.error()));
                    return;
                }
                openLoaded(*created, {});
                m_mapping->setActiveTarget(MappingPanel::Target::UserPath);
                emit notify(tr("Created the draft \"%1\": name it, then Catch a sample")
                                .arg(created->name));
            });
    });
}

void WebhooksPage::selectWebhook(qint64 id)
{
    settleEdits([this, id] {
        m_list->select(id);
        loadWebhook(id);
    });
}

void WebhooksPage::renameWebhook()
{
    if (!m_document->isLoaded() || m_writing)
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
    if (!m_document->isLoaded() || m_writing)
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
    if (!m_document->isLoaded() || m_writing)
        return;
    settleEdits([this] {
        const qint64 sourceId = m_document->webhook().id;
        // Named here from the list: the copy's name must be free, and the store says if not.
        const QString name = uniqueName(tr("%1 (copy)").arg(storedName(sourceId)));
        run<Webhook>(
            tr("Duplicating…"),
            [sourceId, name](services::Connection &db) -> Result<Webhook> {
                services::WebhookService webhooks(db);
                Result<Webhook> source = webhooks.findById(sourceId);
                if (!source)
                    return source;
                Webhook copy = *source;
                copy.id = 0;
                copy.token.clear(); // a copy answers on its own URL
                copy.name = name;
                Result<Webhook> added = webhooks.create(copy);
                if (!added)
                    return added;
                // The sample comes along: the copy is usually for a variant of the same requests.
                if (const Result<QJsonObject> sample = webhooks.sample(sourceId);
                    sample && !sample->isEmpty())
                    (void)webhooks.setSample(added->id, *sample);
                return added;
            },
            [this](Result<Webhook> added) {
                if (!added) {
                    m_validity->setError(tr("Could not duplicate: %1").arg(added.error()));
                    return;
                }
                openLoaded(*added, {});
                loadWebhook(added->id); // with the sample it took along
                emit notify(tr("Duplicated as \"%1\"").arg(added->name));
            });
    });
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
    m_emptyTitle->setText(
        tr("<h2>\"%1\" cannot be opened</h2>").arg(storedName(damagedId).toHtmlEscaped()));
    m_emptyText->setText(
        tr("Its stored configuration cannot be read (%1). Its URL refuses "
           "requests, and deliveries already stored for it fail.\n\nDelete it, then "
           "create it again or import a good copy of it.")
            .arg(problem));
}

void WebhooksPage::deleteWebhook()
{
    if (m_writing)
        return;
    // A damaged webhook cannot be opened, but it can be selected in the list and deleted.
    const qint64 id = m_document->isLoaded() ? m_document->webhook().id : m_list->currentId();
    if (!id)
        return;
    const QString name = m_document->isLoaded() ? m_document->webhook().name : storedName(id);
    const auto answer = QMessageBox::warning(
        this, tr("Delete webhook?"),
        tr("Delete \"%1\"? Senders will get 404 from its URL. Its deliveries stay in the log.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    run<std::monostate>(
        tr("Deleting…"),
        [id](services::Connection &db) { return services::WebhookService(db).removeById(id); },
        [this, id, name](Status removed) {
            if (!removed) {
                m_validity->setError(tr("Not deleted: %1").arg(removed.error()));
                return;
            }
            // The list follows the store's event and opens the first webhook left.
            if (!m_document->isLoaded() || m_document->webhook().id == id) {
                unloadShowing(0);
                m_list->select(0);
            }
            emit notify(tr("Deleted \"%1\"").arg(name));
        });
}

void WebhooksPage::createField(int row)
{
    // Modal, but the store is asked on the executor's thread: the dialog says it is creating
    // and the window keeps painting.
    NewFieldDialog dialog(
        [this](const mapping::CustomField &field, NewFieldDialog::Done done) {
            run<mapping::CustomField>(
                tr("Creating the field…"),
                [field](services::Connection &db) {
                    return services::CommunityService(db).addField(field);
                },
                [this, done](Result<mapping::CustomField> added) {
                    if (added) {
                        // Known to the document before the row names it (the listing that
                        // follows the store's event comes later).
                        QList<mapping::CustomField> fields = m_document->fields();
                        fields.append(*added);
                        m_document->setFields(fields);
                    }
                    done(added);
                });
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
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

bool WebhooksPage::hasUnsavedEdits() const
{
    return m_document->isLoaded() && m_document->isModified();
}

void WebhooksPage::settleEdits(const std::function<void()> &proceed)
{
    if (!hasUnsavedEdits()) {
        proceed();
        return;
    }
    if (m_writing)
        return; // its own save is on its way: asked again once it is back
    const bool valid = validationProblem().isEmpty();
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("\"%1\" has changes that are not saved.").arg(m_document->webhook().name),
                    QMessageBox::NoButton, this);
    QPushButton *saveButton = valid ? box.addButton(QMessageBox::Save) : nullptr;
    if (!valid)
        box.setInformativeText(tr("They cannot be saved yet: %1").arg(validationProblem()));
    box.addButton(QMessageBox::Discard);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() == cancel)
        return;
    if (saveButton && box.clickedButton() == saveButton) {
        save(proceed);
        return;
    }
    proceed(); // discarded: what comes next replaces them
}

void WebhooksPage::save(const std::function<void()> &then)
{
    if (m_writing || !m_document->isLoaded())
        return;
    const QString problem = validationProblem();
    if (!problem.isEmpty()) {
        m_validity->setError(problem);
        return;
    }
    const Webhook saving = m_document->webhook();
    const int step = m_document->undoStack()->index();
    run<Webhook>(
        tr("Saving…"),
        [saving](services::Connection &db) { return services::WebhookService(db).update(saving); },
        [this, saving, step, then](Result<Webhook> saved) {
            if (!saved) {
                m_validity->setError(tr("Not saved: %1").arg(saved.error()));
                return;
            }
            // Typed on while it was being stored: those edits are still unsaved.
            if (m_document->isLoaded() && m_document->undoStack()->index() == step
                && mapping::WebhookConfig::toJson(m_document->webhook())
                       == mapping::WebhookConfig::toJson(saving))
                m_document->markSaved();
            updateValidity();
            emit notify(tr("Saved \"%1\"").arg(saved->name));
            if (saved->draft && !saved->user.path.isEmpty() && m_document->isLoaded()
                && m_document->webhook().id == saved->id)
                m_draftBanner->offerGoingLive();
            if (then)
                then();
        });
}

void WebhooksPage::goLive()
{
    if (!m_document->isLoaded() || !m_document->webhook().draft || m_writing)
        return;
    if (const QString problem = validationProblem(); !problem.isEmpty()) {
        m_draftBanner->showRefusal(problem);
        return;
    }
    const qint64 id = m_document->webhook().id;
    auto live = [this, id] {
        // The store's own check decides (a live webhook must say where the user is): its
        // refusal is shown as it says it.
        run<Webhook>(
            tr("Going live…"),
            [id](services::Connection &db) {
                return services::WebhookService(db).setDraft(id, false);
            },
            [this, id](Result<Webhook> made) {
                if (!m_document->isLoaded() || m_document->webhook().id != id)
                    return;
                if (!made) {
                    m_draftBanner->showRefusal(made.error());
                    return;
                }
                m_document->setDraft(false);
                emit notify(
                    tr("\"%1\" is live: its requests are processed from now on").arg(made->name));
            });
    };
    // Its edits first, so that what goes live is what the admin sees.
    if (m_document->isModified())
        save(live);
    else
        live();
}

} // namespace hb::ui
