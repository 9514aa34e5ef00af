#include "suggestionbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hb::ui {

SuggestionBar::SuggestionBar(QWidget *parent)
    : QGroupBox(tr("Suggested from the sample"), parent)
    , m_lines(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("suggestionBar"));
    m_lines->setSpacing(2);
    setVisible(false);
}

void SuggestionBar::forgetDismissed()
{
    m_dismissed.clear();
}

void SuggestionBar::setSuggestions(const QList<MappingSuggestion> &suggestions)
{
    m_all = suggestions;
    QList<MappingSuggestion> shown;
    for (const MappingSuggestion &suggestion : suggestions) {
        if (!m_dismissed.contains(suggestion.key))
            shown.append(suggestion);
    }
    // Most edits (a name typed) leave the suggestions as they were: keep the lines then.
    auto sameKeys = [](const QList<MappingSuggestion> &a, const QList<MappingSuggestion> &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
            return x.key == y.key && x.row == y.row;
        });
    };
    if (sameKeys(shown, m_shown) && m_lines->count() == m_shown.size()) {
        m_shown = shown;
        return;
    }
    m_shown = shown;
    // Rebuilt on every change: a handful of lines, and a click may remove its own line.
    while (QLayoutItem *item = m_lines->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    for (const MappingSuggestion &suggestion : std::as_const(m_shown))
        m_lines->addWidget(buildLine(suggestion));
    setVisible(!m_shown.isEmpty());
}

QWidget *SuggestionBar::buildLine(const MappingSuggestion &suggestion)
{
    auto *line = new QWidget(this);
    line->setObjectName(suggestion.key);
    auto *layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel(suggestion.text, line);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    auto *accept = new QToolButton(line);
    accept->setObjectName(QStringLiteral("acceptSuggestion"));
    accept->setText(tr("Add"));
    accept->setToolTip(tr("Add this to the mapping (Ctrl+Z takes it back)"));
    auto *dismiss = new QToolButton(line);
    dismiss->setObjectName(QStringLiteral("dismissSuggestion"));
    dismiss->setText(tr("Dismiss"));
    dismiss->setToolTip(tr("Do not suggest this again for this webhook"));
    layout->addWidget(text, 1);
    layout->addWidget(accept);
    layout->addWidget(dismiss);
    connect(accept, &QToolButton::clicked, this, [this, suggestion] { emit accepted(suggestion); });
    connect(dismiss, &QToolButton::clicked, this,
            [this, key = suggestion.key] { this->dismiss(key); });
    return line;
}

void SuggestionBar::dismiss(const QString &key)
{
    m_dismissed.insert(key);
    setSuggestions(m_all);
}

QWidget *SuggestionBar::line(const QString &key) const
{
    for (int i = 0; i < m_lines->count(); ++i) {
        QWidget *widget = m_lines->itemAt(i)->widget();
        if (widget && widget->objectName() == key)
            return widget;
    }
    return nullptr;
}

} // namespace hb::ui
