#pragma once

#include <QObject>

class QWidget;

namespace hb::ui {

// Gives Undo and Redo to the designed webhook wherever focus is on the designer. A QLineEdit
// claims Ctrl+Z for its own text history, which is out of step with the document (every edit is
// already a document step): with focus in the channel box, Ctrl+Z undid its text, not the row
// just removed. Watched line edits let the window's Undo/Redo shortcuts through instead.
class UndoShortcutFilter : public QObject {
    Q_OBJECT
public:
    explicit UndoShortcutFilter(QObject *parent = nullptr);

    // Watches every QLineEdit under `root` that exists now.
    void watchLineEdits(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace hb::ui
