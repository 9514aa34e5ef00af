#include "statusicons.h"

#include "paletteiconengine.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <utility>

// Resources of a static library have to be registered by hand.
static void initResources()
{
    Q_INIT_RESOURCE(hookbench);
}

namespace hb::ui {
namespace {

QString path(const QString &name)
{
    static const bool initialized = [] {
        initResources();
        return true;
    }();
    Q_UNUSED(initialized);
    return QStringLiteral(":/hookbench/icons/%1.svg").arg(name);
}

QIcon load(const QString &name)
{
    return QIcon(path(name));
}

// A grey drawing in a colour of the palette (PaletteIconEngine): readable on light and dark
// backgrounds and on a selected row.
QIcon tinted(const QString &name, QPalette::ColorRole role)
{
    return QIcon(new PaletteIconEngine(path(name), role));
}

} // namespace

QIcon StatusIcons::success()
{
    return load(QStringLiteral("success"));
}
QIcon StatusIcons::failed()
{
    return load(QStringLiteral("failed"));
}
QIcon StatusIcons::pending()
{
    return tinted(QStringLiteral("pending"), QPalette::PlaceholderText);
}
QIcon StatusIcons::skipped()
{
    return tinted(QStringLiteral("skipped"), QPalette::PlaceholderText);
}
QIcon StatusIcons::sample()
{
    return load(QStringLiteral("sample"));
}
QIcon StatusIcons::warning()
{
    return load(QStringLiteral("warning"));
}
QIcon StatusIcons::app()
{
    return load(QStringLiteral("hookbench"));
}
QIcon StatusIcons::navigation(const QString &name)
{
    return tinted(name, QPalette::Text);
}

QIcon StatusIcons::forStatus(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Success:
        return success();
    case DeliveryStatus::Failed:
        return failed();
    case DeliveryStatus::Skipped:
        return skipped();
    case DeliveryStatus::Sample:
        return sample();
    case DeliveryStatus::Pending:
        break;
    }
    return pending();
}

QString StatusIcons::describe(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Success:
        return QCoreApplication::translate("hb::ui::StatusIcons", "Success");
    case DeliveryStatus::Failed:
        return QCoreApplication::translate("hb::ui::StatusIcons", "Failed");
    case DeliveryStatus::Skipped:
        return QCoreApplication::translate("hb::ui::StatusIcons", "Skipped");
    case DeliveryStatus::Sample:
        return QCoreApplication::translate("hb::ui::StatusIcons", "Sample");
    case DeliveryStatus::Pending:
        break;
    }
    return QCoreApplication::translate("hb::ui::StatusIcons", "Pending");
}

QIcon StatusIcons::forStatus(const QString &status)
{
    if (status == QLatin1String("success"))
        return success();
    if (status == QLatin1String("failed"))
        return failed();
    return pending();
}

QString StatusIcons::describe(const QString &status)
{
    if (status == QLatin1String("success"))
        return QCoreApplication::translate("hb::ui::StatusIcons", "Success");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("hb::ui::StatusIcons", "Failed");
    return QCoreApplication::translate("hb::ui::StatusIcons", "Pending");
}

} // namespace hb::ui
