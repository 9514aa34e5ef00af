#include "paletteiconengine.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace hb::ui {

PaletteIconEngine::PaletteIconEngine(const QString &svgPath, QPalette::ColorRole role)
    : m_path(svgPath)
    , m_role(role)
{}

QColor PaletteIconEngine::colour(QPalette::ColorRole role, QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, role);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, role);
}

QPixmap PaletteIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer renderer(m_path);
    if (!renderer.isValid() || size.isEmpty())
        return QPixmap::fromImage(image);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    // The drawing's shape (its alpha) in the palette's colour.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), colour(m_role, mode));
    painter.end();
    return QPixmap::fromImage(image);
}

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                              QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
    drawn.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, drawn);
}

QIconEngine *PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(m_path, m_role);
}

QString PaletteIconEngine::key() const
{
    return QStringLiteral("hb::ui::PaletteIconEngine");
}

} // namespace hb::ui
