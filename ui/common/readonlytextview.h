#pragma once

#include <QPlainTextEdit>

namespace hb::ui {

// Text a user reads and copies but does not edit: payloads, headers, answers. Monospace, as
// UI.md asks for payloads, keys and paths; selectable with the mouse and the keyboard.
class ReadOnlyTextView : public QPlainTextEdit {
    Q_OBJECT
public:
    // `objectName` names it for tests and accessibility tools.
    explicit ReadOnlyTextView(const QString &objectName, QWidget *parent = nullptr);
};

} // namespace hb::ui
