#pragma once

#include <QString>
#include <QStringList>

namespace hb::cli {

// The words of `hookbench ...` split into the options every command takes and the command.
struct ParsedCommandLine {
    QString dbLocation;
    bool json = false;
    QStringList command; // empty: no command, open the window
    QString error;       // a misuse of the common options
};

ParsedCommandLine parseCommandLine(const QStringList &arguments);

// Runs one command (arguments without the program name) and returns the exit code.
int runCommand(const ParsedCommandLine &commandLine);

} // namespace hb::cli
