#pragma once

#include <QMainWindow>

namespace hb::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString &dbLocation, QWidget *parent = nullptr);
};

} // namespace hb::ui
