// `hookbench gamification-log [--user ID] [--limit N]` (SPEC §7): every coins/XP change, oldest
// first.
#include "activityoptions.h"
#include "commands.h"
#include "texttable.h"

namespace hb::cli {

int runGamificationLogCommand(CommandContext &context, const QStringList &arguments)
{
    int limit = 0;
    int exitCode = ExitOk;
    const auto options = parseListingOptions(
        context, arguments, {QStringLiteral("--user"), QStringLiteral("--limit")},
        QStringLiteral("gamification-log [--user ID] [--limit N]"), &limit, &exitCode);
    if (!options)
        return exitCode;
    services::Connection db(context.dbLocation);
    if (hb::Status status = db.open(); !status)
        return context.error(status.error());
    const auto userId = userOption(db, *options);
    if (!userId)
        return context.error(userId.error());

    services::CommunityService activity(db);
    const auto entries = activity.gamificationLog(*userId, limit);
    if (!entries)
        return context.error(entries.error());
    return printListing(context, *entries, QStringLiteral("no coins or xp changes"),
                        {QStringLiteral("AT"), QStringLiteral("USER"), QStringLiteral("CURRENCY"),
                         QStringLiteral("DELTA"), QStringLiteral("BALANCE"),
                         QStringLiteral("ACTION"), QStringLiteral("DELIVERY")},
                        [](const services::GamificationEntry &entry) {
                            return QStringList{entry.at,
                                               entry.email,
                                               entry.currency,
                                               (entry.delta > 0 ? QStringLiteral("+") : QString())
                                                   + QString::number(entry.delta),
                                               QString::number(entry.balance),
                                               entry.action,
                                               deliveryIdText(entry.deliveryId)};
                        });
}

} // namespace hb::cli
