#pragma once

// Options shared by the commands that read what processing changed (`history`,
// `gamification-log`, `message list`).
#include "commandcontext.h"
#include "commandoptions.h"
#include "delivery/deliverysummary.h"
#include "texttable.h"

#include "common/result.h"
#include "services/communityservice.h"
#include "services/recordjson.h"
#include "services/records.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hb::cli {

// --user ID (an email or a username) as the user's id; 0 when the option is absent.
inline hb::Result<qint64> userOption(services::Connection &db, const CommandOptions &options)
{
    if (!options.has(QStringLiteral("--user")))
        return qint64(0);
    const QString id = options.value(QStringLiteral("--user")).trimmed();
    const auto user = services::CommunityService(db).findUser(id);
    if (!user)
        return user.failure();
    return user->id;
}

// --limit N: the newest N entries; 0 (all) when absent.
inline hb::Result<int> limitOption(const CommandOptions &options)
{
    if (!options.has(QStringLiteral("--limit")))
        return 0;
    bool ok = false;
    const int limit = options.value(QStringLiteral("--limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return hb::fail(QStringLiteral("--limit must be a positive whole number (got \"%1\")")
                            .arg(options.value(QStringLiteral("--limit"))));
    return limit;
}

// A JSON value in a plain-text table: strings bare, unset as "-".
inline QString plainValue(const QJsonValue &value)
{
    return delivery::DeliverySummary::valueText(value);
}

// The options of a listing command, checked: no stray words, and --limit read. On a misuse it
// has already told the user; `exitCode` is then what to return.
inline std::optional<CommandOptions> parseListingOptions(const CommandContext &context,
                                                         const QStringList &arguments,
                                                         const QStringList &valueOptions,
                                                         const QString &usage, int *limit,
                                                         int *exitCode)
{
    auto options = CommandOptions::parse(arguments, valueOptions);
    if (!options) {
        *exitCode = context.error(options.error(), ExitUsage);
        return std::nullopt;
    }
    if (!options->positional().isEmpty()) {
        *exitCode = context.error(QStringLiteral("usage: ") + usage, ExitUsage);
        return std::nullopt;
    }
    const auto parsedLimit = limitOption(*options);
    if (!parsedLimit) {
        *exitCode = context.error(parsedLimit.error(), ExitUsage);
        return std::nullopt;
    }
    *limit = *parsedLimit;
    return std::move(options).value();
}

// Prints what a listing found: a JSON array with --json, else a table, or `emptyText`.
template <typename Entry, typename RowFunction>
int printListing(const CommandContext &context, const QList<Entry> &entries,
                 const QString &emptyText, const QStringList &headers, RowFunction row)
{
    if (context.json) {
        QJsonArray array;
        for (const Entry &entry : entries)
            array.append(services::RecordJson::activity(entry));
        context.printJson(array);
        return ExitOk;
    }
    if (entries.isEmpty()) {
        context.out << emptyText << Qt::endl;
        return ExitOk;
    }
    TextTable table(headers);
    for (const Entry &entry : entries)
        table.addRow(row(entry));
    table.print(context.out);
    return ExitOk;
}

inline QString deliveryIdText(qint64 id)
{
    return id > 0 ? QString::number(id) : QStringLiteral("-");
}

} // namespace hb::cli
