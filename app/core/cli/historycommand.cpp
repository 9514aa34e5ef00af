// `hookbench history [--user ID] [--field KEY] [--limit N]` (SPEC §7): every change of a custom
// field, oldest first.
#include "activityoptions.h"
#include "commands.h"
#include "texttable.h"

#include "store/activityrepository.h"
#include "store/fieldrepository.h"

namespace hb::cli {

int runHistoryCommand(CommandContext &context, const QStringList &arguments)
{
    const auto options =
        CommandOptions::parse(arguments, {QStringLiteral("--user"), QStringLiteral("--field"),
                                          QStringLiteral("--limit")});
    if (!options)
        return context.error(options.error(), ExitUsage);
    if (!options->positional().isEmpty())
        return context.error(QStringLiteral("usage: history [--user ID] [--field KEY] [--limit N]"),
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
    const QString field = options->value(QStringLiteral("--field")).trimmed();
    if (!field.isEmpty()) {
        // A removed field keeps its history; only a key never seen is a mistake.
        const auto known = store::FieldRepository(db).find(field);
        if (!known)
            return context.error(known.error());
        const auto mentioned = activity.historyHasField(field);
        if (!mentioned)
            return context.error(mentioned.error());
        if (!*known && !*mentioned)
            return context.error(QStringLiteral("no custom field \"%1\"").arg(field));
    }
    const auto entries = activity.history(*userId, field, *limit);
    if (!entries)
        return context.error(entries.error());
    if (context.json) {
        QJsonArray array;
        for (const store::HistoryEntry &entry : *entries)
            array.append(store::ActivityRepository::toJson(entry));
        context.printJson(array);
        return ExitOk;
    }
    if (entries->isEmpty()) {
        context.out << "no field changes" << Qt::endl;
        return ExitOk;
    }
    TextTable table({QStringLiteral("AT"), QStringLiteral("USER"), QStringLiteral("FIELD"),
                     QStringLiteral("OPERATOR"), QStringLiteral("OLD"), QStringLiteral("NEW"),
                     QStringLiteral("SOURCE"), QStringLiteral("DELIVERY")});
    for (const store::HistoryEntry &entry : *entries)
        table.addRow({entry.at, entry.email, entry.field, entry.op, plainValue(entry.oldValue),
                      plainValue(entry.newValue), entry.source, deliveryIdText(entry.deliveryId)});
    table.print(context.out);
    return ExitOk;
}

} // namespace hb::cli
