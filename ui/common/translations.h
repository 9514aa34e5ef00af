#pragma once

#include <QLocale>
#include <QStringList>

namespace hb::ui {

// The window's words in the user's language (issue 16): Hookbench's own translation, compiled
// into the resources from translations/hookbench_<lang>.ts, and Qt's for its standard dialogs
// and buttons when the system has them (Debian: qt6-translations-l10n).
class Translations {
public:
    // Installs the translators for `locale` on the application (their parent), before any window
    // is built. Returns the files loaded, ours first (none of ours for English, the language
    // of the source texts).
    static QStringList install(const QLocale &locale);
    // Where the compiled translations are in the resources.
    static QString resourceFolder();
};

} // namespace hb::ui
