// `hookbench message list [--channel C] [--limit N]` (SPEC §7): channel messages written by
// webhooks, oldest first.
#include "activityoptions.h"
#include "commands.h"
#include "texttable.h"

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
    int limit = 0;
    int exitCode = ExitOk;
    const auto options = parseListingOptions(
        context, arguments.mid(1), {QStringLiteral("--channel"), QStringLiteral("--limit")},
        QStringLiteral("message list [--channel C] [--limit N]"), &limit, &exitCode);
    if (!options)
        return exitCode;
    services::Connection db(context.dbLocation);
    if (hb::Status status = db.open(); !status)
        return context.error(status.error());

    services::CommunityService activity(db);
    const QString channel = options->value(QStringLiteral("--channel")).trimmed();
    if (!channel.isEmpty()) {
        const auto channels = activity.channels();
        if (!channels)
            return context.error(channels.error());
        QStringList names;
        for (const services::Channel &known : *channels)
            names << known.name;
        if (!names.contains(channel))
            return context.error(
                names.isEmpty()
                    ? QStringLiteral("no channel \"%1\" (no channel exists yet)").arg(channel)
                    : QStringLiteral("no channel \"%1\" (channels: %2)")
                          .arg(channel, names.join(QStringLiteral(", "))));
    }
    const auto entries = activity.messages(channel, limit);
    if (!entries)
        return context.error(entries.error());
    return printListing(context, *entries, QStringLiteral("no messages"),
                        {QStringLiteral("AT"), QStringLiteral("CHANNEL"), QStringLiteral("AUTHOR"),
                         QStringLiteral("DELIVERY"), QStringLiteral("TEXT")},
                        [](const services::MessageEntry &entry) {
                            return QStringList{entry.at, QLatin1Char('#') + entry.channel,
                                               entry.author, deliveryIdText(entry.deliveryId),
                                               entry.text};
                        });
}

} // namespace hb::cli
