#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace hb::cli {

// Exit codes of every command.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// What every command gets: the options common to all (SPEC §7) and where to write.
struct CommandContext {
    QString dbLocation; // --db, else $HOOKBENCH_DB, else the default file
    bool json = false;  // --json
    QTextStream &out;
    QTextStream &err;

    // One line on stderr, "hookbench: <message>", and the code to exit with.
    int error(const QString &message, int code = ExitFailure) const
    {
        err << "hookbench: " << message << Qt::endl;
        return code;
    }
    // Prints a JSON value, indented, followed by a newline.
    void printJson(const QJsonValue &value) const;
};

} // namespace hb::cli
