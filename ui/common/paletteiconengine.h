#pragma once

#include <QIconEngine>
#include <QPalette>

namespace hb::ui {

// A one-colour SVG icon painted in a colour of the application's palette, taken as it paints: a
// grey drawn for a light background disappears on a dark one, and a selected row's highlight
// needs the highlighted text's colour. The navigation icons and the grey status icons (Pending,
// Skipped) are drawn this way; coloured ones (a green tick, a red cross) keep their colours.
class PaletteIconEngine : public QIconEngine {
public:
    // `role` for the normal and active modes; Selected takes HighlightedText, Disabled the
    // disabled group's colour of `role`.
    PaletteIconEngine(const QString &svgPath, QPalette::ColorRole role);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

    static QColor colour(QPalette::ColorRole role, QIcon::Mode mode);

private:
    QString m_path;
    QPalette::ColorRole m_role;
};

} // namespace hb::ui
