// `hookbench gamification-log [--user ID] [--limit N]` (SPEC §7): every coins/XP change, oldest
// first.
#include "activityoptions.h"
#include "commands.h"
#include "texttable.h"

#include "store/activityrepository.h"

namespace hb::cli {

int runGamificationLogCommand(CommandContext &context, const QStringList &arguments)
{
    const auto options =
        CommandOptions::parse(arguments, {QStringLiteral("--user"), QStringLiteral("--limit")});
    if (!options)
        return context.error(options.error(), ExitUsage);
    if (!options->positional().isEmpty())
        return context.error(QStringLiteral("usage: gamification-log [--user ID] [--limit N]"),
                             ExitUsage);
    const auto limit = limitOption(*options);
    if (!limit)
        return context.error(limit.error(), ExitUsage);
    store::Database db(context.dbLocation);
    if (hb::Status status = db.open(); !status)
        return context.error(status.error());
    const auto userId = userOption(db, *options);
    if (!userId)
        return context.error(userId.error());

    store::ActivityRepository activity(db);
    const auto entries = activity.gamificationLog(*userId, *limit);
    if (!entries)
        return context.error(entries.error());
    if (context.json) {
        QJsonArray array;
        for (const store::GamificationEntry &entry : *entries)
            array.append(store::ActivityRepository::toJson(entry));
        context.printJson(array);
        return ExitOk;
    }
    if (entries->isEmpty()) {
        context.out << "no coins or xp changes" << Qt::endl;
        return ExitOk;
    }
    TextTable table({QStringLiteral("AT"), QStringLiteral("USER"), QStringLiteral("CURRENCY"),
                     QStringLiteral("DELTA"), QStringLiteral("BALANCE"), QStringLiteral("ACTION"),
                     QStringLiteral("DELIVERY")});
    for (const store::GamificationEntry &entry : *entries)
        table.addRow(
            {entry.at, entry.email, entry.currency,
             (entry.delta > 0 ? QStringLiteral("+") : QString()) + QString::number(entry.delta),
             QString::number(entry.balance), entry.action, deliveryIdText(entry.deliveryId)});
    table.print(context.out);
    return ExitOk;
}

} // namespace hb::cli
