#include "undoshortcutfilter.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace hb::ui {

UndoShortcutFilter::UndoShortcutFilter(QObject *parent)
    : QObject(parent)
{}

void UndoShortcutFilter::watchLineEdits(QWidget *root)
{
    const QList<QLineEdit *> edits = root->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        edit->installEventFilter(this);
}

bool UndoShortcutFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (!key->matches(QKeySequence::Undo) && !key->matches(QKeySequence::Redo))
        return QObject::eventFilter(watched, event);
    // Not accepting the override lets the shortcut map trigger the window's action; swallowing
    // the key press keeps the edit from undoing on its own when there is nothing to undo.
    event->ignore();
    return true;
}

} // namespace hb::ui
