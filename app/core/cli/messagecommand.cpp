// `hookbench message list [--channel C] [--limit N]` (SPEC §7): channel messages written by
// webhooks, oldest first.
#include "activityoptions.h"
#include "commands.h"
#include "texttable.h"

#include "store/activityrepository.h"

namespace hb::cli {

int runMessageCommand(CommandContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action != QLatin1String("list"))
        return context.error(
            action.isEmpty()
                ? QStringLiteral("message needs a command: list")
                : QStringLiteral("unknown message command \"%1\" (expected list)").arg(action),
            ExitUsage);
    const auto options = CommandOptions::parse(
        arguments.mid(1), {QStringLiteral("--channel"), QStringLiteral("--limit")});
    if (!options)
        return context.error(options.error(), ExitUsage);
    if (!options->positional().isEmpty())
        return context.error(QStringLiteral("usage: message list [--channel C] [--limit N]"),
                             ExitUsage);
    const auto limit = limitOption(*options);
    if (!limit)
        return context.error(limit.error(), ExitUsage);
    store::Database db(context.dbLocation);
    if (hb::Status status = db.open(); !status)
        return context.error(status.error());

    store::ActivityRepository activity(db);
    const QString channel = options->value(QStringLiteral("--channel")).trimmed();
    if (!channel.isEmpty()) {
        const auto channels = activity.channels();
        if (!channels)
            return context.error(channels.error());
        QStringList names;
        for (const store::Channel &known : *channels)
            names << known.name;
        if (!names.contains(channel))
            return context.error(
                names.isEmpty()
                    ? QStringLiteral("no channel \"%1\" (no channel exists yet)").arg(channel)
                    : QStringLiteral("no channel \"%1\" (channels: %2)")
                          .arg(channel, names.join(QStringLiteral(", "))));
    }
    const auto entries = activity.messages(channel, *limit);
    if (!entries)
        return context.error(entries.error());
    if (context.json) {
        QJsonArray array;
        for (const store::MessageEntry &entry : *entries)
            array.append(store::ActivityRepository::toJson(entry));
        context.printJson(array);
        return ExitOk;
    }
    if (entries->isEmpty()) {
        context.out << "no messages" << Qt::endl;
        return ExitOk;
    }
    TextTable table({QStringLiteral("AT"), QStringLiteral("CHANNEL"), QStringLiteral("AUTHOR"),
                     QStringLiteral("DELIVERY"), QStringLiteral("TEXT")});
    for (const store::MessageEntry &entry : *entries)
        table.addRow({entry.at, QLatin1Char('#') + entry.channel, entry.author,
                      deliveryIdText(entry.deliveryId), entry.text});
    table.print(context.out);
    return ExitOk;
}

} // namespace hb::cli
