#include "theme.h"

#include <QApplication>
#include <QSettings>

namespace hb::ui {

namespace {

const QString themeKey = QStringLiteral("display/theme");

// Whether a palette of ours was set: until then the application's palette is left alone.
bool &oursSet()
{
    static bool set = false;
    return set;
}

// Text colours keep WCAG's 4.5:1 on the window, base and alternate base colours, and the
// highlighted text on the highlight (test_darktheme measures them); dimmed words (placeholders, a
// row still loading) too, since they carry meaning. Only disabled text is fainter.
QPalette fromColours(const QColor &window, const QColor &text, const QColor &base,
                     const QColor &alternate, const QColor &button, const QColor &highlight,
                     const QColor &link, const QColor &dimText, const QColor &disabledText)
{
    QPalette palette(button, window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, dimText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, link);
    palette.setColor(QPalette::LinkVisited, link.darker(120));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, disabledText);
    return palette;
}

} // namespace

Theme::Mode Theme::stored()
{
    const int mode = QSettings().value(themeKey, int(FollowSystem)).toInt();
    return mode == Light || mode == Dark ? Mode(mode) : FollowSystem;
}

void Theme::store(Mode mode)
{
    QSettings().setValue(themeKey, int(mode));
}

void Theme::apply(Mode mode)
{
    if (mode == FollowSystem) {
        // A palette that sets no role is resolved against the platform's, and again whenever the
        // platform's changes (Qt 6): the desktop's light or dark theme, followed live.
        if (oursSet())
            QApplication::setPalette(QPalette());
        oursSet() = false;
        return;
    }
    QApplication::setPalette(mode == Dark ? darkPalette() : lightPalette());
    oursSet() = true;
}

QString Theme::label(Mode mode)
{
    switch (mode) {
    case Light:
        return tr("Light");
    case Dark:
        return tr("Dark");
    case FollowSystem:
        break;
    }
    return tr("Follow the system");
}

QPalette Theme::lightPalette()
{
    return fromColours(QColor(239, 239, 239), QColor(20, 20, 20), Qt::white, QColor(247, 247, 247),
                       QColor(239, 239, 239), QColor(38, 110, 185), QColor(0, 94, 168),
                       QColor(105, 105, 105), QColor(150, 150, 150));
}

QPalette Theme::darkPalette()
{
    return fromColours(QColor(45, 45, 48), QColor(230, 230, 230), QColor(30, 30, 32),
                       QColor(40, 40, 44), QColor(53, 53, 58), QColor(38, 102, 168),
                       QColor(110, 180, 255), QColor(160, 160, 160), QColor(120, 120, 120));
}

} // namespace hb::ui
