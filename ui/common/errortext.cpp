#include "errortext.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QWidget>

namespace hb::ui {

ErrorText::ErrorText(QWidget *widget)
    : QObject(widget)
{
    widget->installEventFilter(this);
}

void ErrorText::follow(QWidget *widget)
{
    if (!widget->findChild<ErrorText *>(QString(), Qt::FindDirectChildrenOnly))
        new ErrorText(widget);
    paint(widget);
}

QColor ErrorText::colour(const QPalette &palette)
{
    // Two reds, each 5.5:1 or more on the windows and bases of Theme's palettes and of the usual
    // desktop ones: a deep red on light colours, a soft one on dark.
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

void ErrorText::paint(QWidget *widget)
{
    const QColor red = colour(QApplication::palette(widget));
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, red);
    palette.setColor(QPalette::Text, red);
    widget->setPalette(palette);
}

bool ErrorText::eventFilter(QObject *watched, QEvent *event)
{
    // Setting the widget's palette sends it a PaletteChange, not an ApplicationPaletteChange: no
    // loop.
    if (event->type() == QEvent::ApplicationPaletteChange)
        paint(static_cast<QWidget *>(watched));
    return QObject::eventFilter(watched, event);
}

} // namespace hb::ui
