#include "application.h"

#include "mainwindow.h"
#include "statusicons.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QLocale>
#include <QSocketNotifier>

#include <csignal>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace hb::ui {
namespace {

int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: wake the event loop, which does the rest.
void onTerminate(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int runApplication(int &argc, char **argv, const QString &dbLocation)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hookbench"));
    QApplication::setOrganizationName(QStringLiteral("hookbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hookbench"));
    QApplication::setWindowIcon(StatusIcons::app());
    // Before any widget exists: words are translated when a widget is built, not when shown.
    Translations::install(QLocale::system());
    Theme::apply(Theme::stored());
    MainWindow window(dbLocation);

    // SIGTERM/SIGINT (a logout, Ctrl+C in the terminal) stop the catcher as cleanly as closing
    // the window does, so that requests in flight are committed and answered first.
    std::unique_ptr<QSocketNotifier> notifier;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &window, [&window] {
            char byte = 0;
            [[maybe_unused]] const ssize_t read = ::read(signalPipe[0], &byte, 1);
            window.stopCatcher();
            QApplication::quit();
        });
        struct sigaction action = {};
        action.sa_handler = onTerminate;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGTERM, &action, nullptr);
        ::sigaction(SIGINT, &action, nullptr);
    }

    window.show();
    return application.exec();
}

} // namespace hb::ui
