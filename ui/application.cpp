#include "application.h"

#include "views/mainwindow.h"
#include "widgets/statusicons.h"

#include <QApplication>

namespace hb::ui {

int runApplication(int &argc, char **argv, const QString &dbLocation)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hookbench"));
    QApplication::setOrganizationName(QStringLiteral("hookbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hookbench"));
    QApplication::setWindowIcon(StatusIcons::app());
    MainWindow window(dbLocation);
    window.show();
    return application.exec();
}

} // namespace hb::ui
