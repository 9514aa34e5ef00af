// `hookbench history [--user ID] [--field KEY] [--limit N]` (SPEC §7): every change of a custom
// field, oldest first.
#include "activityoptions.h"
#include "commands.h"
#include "texttable.h"

namespace hb::cli {

int runHistoryCommand(CommandContext &context, const QStringList &arguments)
{
    int limit = 0;
    int exitCode = ExitOk;
    const auto options = parseListingOptions(
        context, arguments,
        {QStringLiteral("--user"), QStringLiteral("--field"), QStringLiteral("--limit")},
        QStringLiteral("history [--user ID] [--field KEY] [--limit N]"), &limit, &exitCode);
    if (!options)
        return exitCode;
    services::Connection db(context.dbLocation);
    if (hb::Status status = db.open(); !status)
        return context.error(status.error());
    const auto userId = userOption(db, *options);
    if (!userId)
        return context.error(userId.error());

    services::CommunityService activity(db);
    const QString field = options->value(QStringLiteral("--field")).trimmed();
    if (!field.isEmpty()) {
        // A removed field keeps its history; only a key never seen is a mistake.
        const auto known = activity.findField(field);
        if (!known)
            return context.error(known.error());
        const auto mentioned = activity.historyHasField(field);
        if (!mentioned)
            return context.error(mentioned.error());
        if (!*known && !*mentioned)
            return context.error(QStringLiteral("no custom field \"%1\"").arg(field));
    }
    const auto entries = activity.history(*userId, field, limit);
    if (!entries)
        return context.error(entries.error());
    return printListing(context, *entries, QStringLiteral("no field changes"),
                        {QStringLiteral("AT"), QStringLiteral("USER"), QStringLiteral("FIELD"),
                         QStringLiteral("OPERATOR"), QStringLiteral("OLD"), QStringLiteral("NEW"),
                         QStringLiteral("SOURCE"), QStringLiteral("DELIVERY")},
                        [](const services::HistoryEntry &entry) {
                            return QStringList{entry.at,
                                               entry.email,
                                               entry.field,
                                               entry.op,
                                               plainValue(entry.oldValue),
                                               plainValue(entry.newValue),
                                               entry.source,
                                               deliveryIdText(entry.deliveryId)};
                        });
}

} // namespace hb::cli
