#include "webhookeditcommand.h"

#include "webhookdocument.h"

namespace hb::ui {

WebhookEditCommand::WebhookEditCommand(WebhookDocument *document, mapping::Webhook before,
                                       mapping::Webhook after, const QString &text, int mergeId)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeId(mergeId)
{}

void WebhookEditCommand::undo()
{
    m_document->set(m_before);
}

void WebhookEditCommand::redo()
{
    m_document->set(m_after);
}

bool WebhookEditCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id() || id() == WebhookDocument::NoMerge)
        return false;
    m_after = static_cast<const WebhookEditCommand *>(other)->m_after;
    return true;
}

} // namespace hb::ui
