#include "commandline.h"

#include "commands.h"
#include "common/version.h"
#include "payload/jsonwriter.h"
#include "services/records.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace hb::cli {
namespace {

using Runner = int (*)(CommandContext &, const QStringList &);

struct CommandEntry {
    const char *word;
    Runner run;
    const char *summary;
};

constexpr CommandEntry commandTable[] = {
    {"serve", runServeCommand,
     "serve [--listen ADDR:PORT] [--tls-cert F --tls-key F] [--max-body BYTES]\n"
     "        [--max-connections N] [--request-timeout SECONDS] [--sync normal|full]\n"
     "        [--process yes|no]"},
    {"field", runFieldCommand,
     "field add KEY --type T [--name N] | field list | field remove KEY | field rename KEY --name "
     "N"},
    {"user", runUserCommand,
     "user import FILE.csv | user add --email E --username U [--name N] | user show ID | user "
     "list\n        | user set ID KEY VALUE | user remove ID | user export [--output F]"},
    {"webhook", runWebhookCommand,
     "webhook import FILE.json [--replace] | webhook export NAME | webhook list | webhook remove "
     "NAME | webhook rename OLD NEW"},
    {"delivery", runDeliveryCommand,
     "delivery list [--status S] [--webhook NAME] [--limit N] [--before ID]\n"
     "        [--since T] [--until T] [--search TEXT]\n"
     "        | delivery show ID [--reveal] | delivery rerun ID\n"
     "        | delivery export [list options] --format json|csv|har [--output F] [--reveal]\n"
     "        | delivery curl ID [--url URL] [--reveal] | delivery replay ID [--url URL] "
     "[--new-id]\n"
     "        (T: ISO 8601, 2026-12-01 or 2026-12-01T09:30:00+01:00; UTC without an offset)"},
    {"history", runHistoryCommand, "history [--user ID] [--field KEY]"},
    {"gamification-log", runGamificationLogCommand, "gamification-log [--user ID]"},
    {"message", runMessageCommand, "message list [--channel C]"},
    {"refused", runRefusedCommand, "refused [--webhook NAME] [--limit N] [--reveal]"},
    {"send", runSendCommand,
     "send --webhook NAME [--data FILE] [--url URL] [--content-type T]\n"
     "        | send --webhook NAME --batch FILE.csv|FILE.jsonl --template T.json "
     "[--concurrency N] [--rate R] [--url URL]\n"
     "        | send --webhook NAME --negative [--data FILE] [--url URL]"},
};

QString usage()
{
    QString text = QStringLiteral("usage: hookbench [--db PATH] [--json] COMMAND ...\n"
                                  "       hookbench --version | --help | COMMAND --help\n"
                                  "Without a command, opens the window. Commands:\n");
    for (const CommandEntry &entry : commandTable)
        text += QStringLiteral("  hookbench %1\n").arg(QString::fromLatin1(entry.summary));
    return text;
}

} // namespace

void CommandContext::printJson(const QJsonValue &value) const
{
    // JsonWriter, not QJsonDocument: a number is printed with every digit (SPEC §1), where Qt
    // would write an exact number (JsonNumber) as a string. Indented as QJsonDocument does.
    const bool document = value.isArray() || value.isObject();
    const QByteArray text =
        payload::JsonWriter::write(value, document ? payload::JsonWriter::Format::Indented
                                                   : payload::JsonWriter::Format::Compact);
    out << QString::fromUtf8(text.trimmed()) << Qt::endl;
}

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    ParsedCommandLine parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == QLatin1String("--json")) {
            parsed.json = true;
        } else if (word == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                parsed.error = QStringLiteral("--db needs a path or a postgresql:// URL");
                return parsed;
            }
            parsed.dbLocation = arguments.at(++i);
        } else if (word.startsWith(QLatin1String("--db="))) {
            parsed.dbLocation = word.mid(5);
        } else {
            parsed.command << word;
        }
    }
    if (parsed.dbLocation.isEmpty())
        parsed.dbLocation = services::Connection::defaultLocation();
    return parsed;
}

int runCommand(const ParsedCommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandContext context{commandLine.dbLocation, commandLine.json, out, err};
    if (!commandLine.error.isEmpty())
        return context.error(commandLine.error, ExitUsage);
    const QString word = commandLine.command.value(0);
    if (word == QLatin1String("--help") || word == QLatin1String("-h")
        || word == QLatin1String("help")) {
        out << usage();
        return ExitOk;
    }
    if (word == QLatin1String("--version") || word == QLatin1String("version")) {
        out << "hookbench " << hb::version() << Qt::endl; // SPEC §7: `hookbench X.Y.Z`
        return ExitOk;
    }
    for (const CommandEntry &entry : commandTable) {
        if (word != QLatin1String(entry.word))
            continue;
        const QStringList rest = commandLine.command.mid(1);
        if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
            out << "usage: hookbench [--db PATH] [--json] " << QString::fromLatin1(entry.summary)
                << Qt::endl;
            return ExitOk;
        }
        return entry.run(context, rest);
    }
    return context.error(QStringLiteral("unknown command \"%1\" (see hookbench --help)").arg(word),
                         ExitUsage);
}

} // namespace hb::cli
