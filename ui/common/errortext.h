#pragma once

#include <QColor>
#include <QObject>

class QPalette;
class QWidget;

namespace hb::ui {

// Error words in red that stay readable in a light and a dark palette: a fixed red would fall
// under WCAG's 4.5:1 on one of them. Always with words or a cross that say it is an error, never
// colour alone (UI.md).
class ErrorText : public QObject {
    Q_OBJECT
public:
    // Colours `widget`'s text as an error, now and again whenever the application's palette
    // changes (Settings → Theme, or the desktop's own switch).
    static void follow(QWidget *widget);
    // A red with a contrast of at least 4.5:1 on `palette`'s window and base colours.
    static QColor colour(const QPalette &palette);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ErrorText(QWidget *widget);
    static void paint(QWidget *widget);
};

} // namespace hb::ui
