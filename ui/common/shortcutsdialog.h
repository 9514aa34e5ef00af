#pragma once

#include <QDialog>
#include <QKeySequence>

#include <functional>

class QMainWindow;
class QTableWidget;

namespace hb::ui {

// One row of the Keyboard Shortcuts table.
struct ShortcutEntry {
    QString where; // a menu ("File") or a page ("Deliveries page")
    QString what;  // the action's words, without mnemonics
    QKeySequence keys;
};

// Help → Keyboard Shortcuts: a table read from the window's own actions, buttons and shortcuts
// when it opens, so it cannot drift from what the keys do.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    // A page of the window with the name it is listed under.
    struct Page {
        QString name;
        const QWidget *widget;
    };
    // What an action answers to while it is off (a page's shortcuts while the page is hidden);
    // an empty sequence when it has none.
    using HiddenShortcut = std::function<QKeySequence(QAction *)>;

    explicit ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

    // Every shortcut of `window`: the actions of its menus (submenus included), then the
    // actions, buttons and QShortcuts of each page that no menu offers. Alt+letter mnemonics are
    // left out: the underlined letters show them.
    static QList<ShortcutEntry> collect(const QMainWindow *window, const QList<Page> &pages,
                                        const HiddenShortcut &hidden);

private:
    QTableWidget *m_table;
};

} // namespace hb::ui
