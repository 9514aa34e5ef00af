#include "webhookdocument.h"

#include "webhookeditcommand.h"

namespace hb::ui {

WebhookDocument::WebhookDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

void WebhookDocument::load(const mapping::Webhook &webhook)
{
    m_undo.clear();
    m_loaded = true;
    m_webhook = webhook;
    m_undo.setClean();
    emit changed();
    emit modifiedChanged(false);
}

void WebhookDocument::unload()
{
    m_undo.clear();
    m_loaded = false;
    m_webhook = {};
    emit changed();
    emit modifiedChanged(false);
}

void WebhookDocument::change(const mapping::Webhook &next, const QString &description, int mergeId)
{
    if (!m_loaded)
        return;
    m_undo.push(new WebhookEditCommand(this, m_webhook, next, description, mergeId));
}

void WebhookDocument::set(const mapping::Webhook &webhook)
{
    const bool draft = m_webhook.draft;
    m_webhook = webhook;
    m_webhook.draft = draft;
    emit changed();
}

void WebhookDocument::setDraft(bool draft)
{
    if (!m_loaded || m_webhook.draft == draft)
        return;
    m_webhook.draft = draft;
    emit changed();
}

void WebhookDocument::setFields(const QList<mapping::CustomField> &fields)
{
    m_fields = fields;
    emit fieldsChanged();
}

const mapping::CustomField *WebhookDocument::field(const QString &key) const
{
    for (const mapping::CustomField &candidate : m_fields) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

} // namespace hb::ui
