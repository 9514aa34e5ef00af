#include "statusicons.h"

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

QIcon load(const QString &name)
{
    static const bool initialized = [] {
        initResources();
        return true;
    }();
    Q_UNUSED(initialized);
    return QIcon(QStringLiteral(":/hookbench/icons/%1.svg").arg(name));
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
    return load(QStringLiteral("pending"));
}
QIcon StatusIcons::skipped()
{
    return load(QStringLiteral("skipped"));
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
    return load(name);
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
