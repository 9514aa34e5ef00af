#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hb::ui {

namespace {

QString plain(QString text)
{
    // "&Save webhook" → "Save webhook"; "&&" stays one ampersand.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QKeySequence keysOf(QAction *action, const ShortcutsDialog::HiddenShortcut &hidden)
{
    if (!action->shortcut().isEmpty())
        return action->shortcut();
    return hidden ? hidden(action) : QKeySequence();
}

void addMenu(const QMenu *menu, const QString &where, QSet<const QAction *> &seen,
             const ShortcutsDialog::HiddenShortcut &hidden, QList<ShortcutEntry> &entries)
{
    for (QAction *action : menu->actions()) {
        seen.insert(action);
        if (action->menu()) {
            addMenu(action->menu(), where + QStringLiteral(" → ") + plain(action->text()), seen,
                    hidden, entries);
            continue;
        }
        const QKeySequence keys = keysOf(action, hidden);
        if (!action->isSeparator() && !keys.isEmpty())
            entries.append({where, plain(action->text()), keys});
    }
}

// QShortcut has no words of its own: its What's This text when it has one, else what the
// standard keys mean.
QString describe(const QShortcut *shortcut)
{
    if (!shortcut->whatsThis().isEmpty())
        return shortcut->whatsThis();
    if (shortcut->key() == QKeySequence(QKeySequence::Find))
        return ShortcutsDialog::tr("Search");
    return ShortcutsDialog::tr("Page shortcut");
}

void addPage(const ShortcutsDialog::Page &page, const QSet<const QAction *> &seen,
             const ShortcutsDialog::HiddenShortcut &hidden, QList<ShortcutEntry> &entries)
{
    for (QAction *action : page.widget->findChildren<QAction *>()) {
        const QKeySequence keys = keysOf(action, hidden);
        if (!seen.contains(action) && !keys.isEmpty())
            entries.append({page.name, plain(action->text()), keys});
    }
    for (const QAbstractButton *button : page.widget->findChildren<QAbstractButton *>()) {
        const QKeySequence keys = button->shortcut();
        if (!keys.isEmpty() && keys != QKeySequence::mnemonic(button->text()))
            entries.append({page.name, plain(button->text()), keys});
    }
    for (const QShortcut *shortcut : page.widget->findChildren<QShortcut *>()) {
        if (!shortcut->key().isEmpty())
            entries.append({page.name, describe(shortcut), shortcut->key()});
    }
}

} // namespace

QList<ShortcutEntry> ShortcutsDialog::collect(const QMainWindow *window, const QList<Page> &pages,
                                              const HiddenShortcut &hidden)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    for (const QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            addMenu(top->menu(), plain(top->text()), seen, hidden, entries);
    }
    for (const Page &page : pages)
        addPage(page, seen, hidden, entries);
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(entries.size()), 3, this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry &entry = entries.at(row);
        auto *keys = new QTableWidgetItem(entry.keys.toString(QKeySequence::NativeText));
        keys->setData(Qt::UserRole, entry.keys);
        m_table->setItem(row, 0, keys);
        m_table->setItem(row, 1, new QTableWidgetItem(entry.what));
        m_table->setItem(row, 2, new QTableWidgetItem(entry.where));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace hb::ui
