#pragma once

#include "mapping/webhook.h"

#include <QUndoCommand>

namespace hb::ui {

class WebhookDocument;

// One edit of the designed webhook, kept as the states before and after: every edit is
// undoable the same way, however many panels it touched.
class WebhookEditCommand : public QUndoCommand {
public:
    WebhookEditCommand(WebhookDocument *document, mapping::Webhook before, mapping::Webhook after,
                       const QString &text, int mergeId);
    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    WebhookDocument *m_document;
    mapping::Webhook m_before;
    mapping::Webhook m_after;
    int m_mergeId;
};

} // namespace hb::ui
