#pragma once

#include <QCoreApplication>
#include <QPalette>

namespace hb::ui {

// The window's colours: the platform's (the default, dark desktops included), or a light or dark
// palette of our own for users whose desktop gives Qt applications the wrong one. Kept in
// QSettings ("display/theme").
class Theme {
    Q_DECLARE_TR_FUNCTIONS(Theme)
public:
    enum Mode { FollowSystem, Light, Dark };

    static Mode stored();
    static void store(Mode mode);
    // Sets the application palette; FollowSystem puts back the one the platform gave.
    static void apply(Mode mode);
    static QString label(Mode mode);

    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace hb::ui
