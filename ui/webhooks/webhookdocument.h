#pragma once

#include "mapping/customfield.h"
#include "mapping/webhook.h"

#include <QObject>
#include <QUndoStack>

namespace hb::ui {

// The webhook being designed: the one state every panel edits and shows. Every edit goes through
// change(), so that undo/redo covers all of them and every panel hears about every change.
class WebhookDocument : public QObject {
    Q_OBJECT
public:
    // Consecutive edits of one of these merge into a single undo step (typing a name).
    enum MergeId {
        NoMerge = -1,
        NameEdit = 1,
        ChannelEdit,
        TemplateEdit,
        UserPathEdit,
        EncryptionKeyEdit,
        SigningSecretEdit,
        RowPathEdit,
        TransformEdit,
        DefaultEdit
    };

    explicit WebhookDocument(QObject *parent = nullptr);

    // Starts editing `webhook` afresh: clears undo history, marks it unmodified.
    void load(const mapping::Webhook &webhook);
    const mapping::Webhook &webhook() const { return m_webhook; }
    bool isLoaded() const { return m_loaded; }
    void unload();

    // Replaces the webhook with `next` as one undoable step called `description`. Its draft
    // flag is not an edit: it stays as the store has it (see setDraft).
    void change(const mapping::Webhook &next, const QString &description, int mergeId = NoMerge);
    // The store made the webhook live or a draft (Go live). Not an undoable edit and not a
    // change to save: undo and redo keep it, so that a later Save never turns it back.
    void setDraft(bool draft);

    // The community's custom fields, against which mappings are checked.
    void setFields(const QList<mapping::CustomField> &fields);
    const QList<mapping::CustomField> &fields() const { return m_fields; }
    const mapping::CustomField *field(const QString &key) const;

    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }

signals:
    void changed();
    void fieldsChanged();
    void modifiedChanged(bool modified);

private:
    friend class WebhookEditCommand;
    void set(const mapping::Webhook &webhook);

    mapping::Webhook m_webhook;
    QList<mapping::CustomField> m_fields;
    QUndoStack m_undo;
    bool m_loaded = false;
};

} // namespace hb::ui
