#pragma once

#include <QString>

namespace hb::ui {

// Opens the main window on the store at `dbLocation` and runs until it closes.
int runApplication(int &argc, char **argv, const QString &dbLocation);

} // namespace hb::ui
