#pragma once

#include "mappingsuggestions.h"

#include <QGroupBox>
#include <QSet>

class QVBoxLayout;

namespace hb::ui {

// The suggestions inferred from the sample, one line each with Add and Dismiss: one click takes
// a suggestion into the mapping (undoable), one click puts it away for this webhook.
class SuggestionBar : public QGroupBox {
    Q_OBJECT
public:
    explicit SuggestionBar(QWidget *parent = nullptr);

    // Shows `suggestions` less the dismissed ones; hidden when none is left.
    void setSuggestions(const QList<MappingSuggestion> &suggestions);
    // Another webhook is open: what was dismissed for the last one counts no more.
    void forgetDismissed();
    QList<MappingSuggestion> shown() const { return m_shown; }
    // The line of the suggestion `key`'s buttons, for tests: nullptr when not shown.
    QWidget *line(const QString &key) const;

signals:
    void accepted(const hb::ui::MappingSuggestion &suggestion);

private:
    QWidget *buildLine(const MappingSuggestion &suggestion);
    void dismiss(const QString &key);

    QVBoxLayout *m_lines;
    QList<MappingSuggestion> m_all, m_shown;
    QSet<QString> m_dismissed;
};

} // namespace hb::ui
