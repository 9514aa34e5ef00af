#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace hb::ui {

MainWindow::MainWindow(const QString &dbLocation, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("Hookbench"));
    setCentralWidget(new QLabel(tr("The webhook designer is being built."), this));
    statusBar()->showMessage(tr("Store: %1").arg(dbLocation));
    resize(1200, 760);
}

} // namespace hb::ui
