// Picks the window or a command; nothing else lives here.
#include "cli/commandline.h"

#ifdef HOOKBENCH_WITH_GUI
#include "common/application.h"
#endif

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const hb::cli::ParsedCommandLine commandLine = hb::cli::parseCommandLine(arguments);

#ifdef HOOKBENCH_WITH_GUI
    if (commandLine.command.isEmpty() && commandLine.error.isEmpty())
        return hb::ui::runApplication(argc, argv, commandLine.dbLocation);
#endif
    // Commands have no window to share an event loop with: Qt's own loop (poll) costs the catcher
    // of `serve` less per request than GLib's (tests/bench/README.md).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hookbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("hookbench"));
    if (commandLine.command.isEmpty() && commandLine.error.isEmpty()) {
        // A headless build has no window to open.
        hb::cli::ParsedCommandLine help = commandLine;
        help.command = QStringList{QStringLiteral("--help")};
        return hb::cli::runCommand(help);
    }
    return hb::cli::runCommand(commandLine);
}
