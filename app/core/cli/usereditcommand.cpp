#include "usereditcommand.h"

#include "services/communityservice.h"
#include "services/recordjson.h"

#include <QJsonObject>

namespace hb::cli {
namespace {

using mapping::CustomField;
using services::User;

// A balance as `user import` reads it: a whole number of at least 0, spaces around allowed.
std::optional<qint64> wholeAmount(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const qint64 amount = trimmed.toLongLong(&ok);
    if (!ok || amount < 0 || trimmed.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return amount;
}

QString shown(const std::optional<QString> &value)
{
    return value ? QStringLiteral("\"%1\"").arg(*value) : QStringLiteral("(unset)");
}

// What `key` of `user` holds, as text; nullopt when unset.
std::optional<QString> valueOf(const User &user, const QString &key)
{
    if (key == QLatin1String("email"))
        return user.email;
    if (key == QLatin1String("username"))
        return user.username;
    if (key == QLatin1String("display_name"))
        return user.displayName;
    if (key == QLatin1String("coins"))
        return QString::number(user.coins);
    if (key == QLatin1String("xp"))
        return QString::number(user.xp);
    const auto value = user.fields.constFind(key);
    return value == user.fields.cend() ? std::nullopt : std::optional<QString>(*value);
}

// The columns of `user import` come first (as there); any other KEY is a custom field's.
Result<User> applySet(services::CommunityService &community, const User &user, const QString &key,
                      const QString &value)
{
    if (key == QLatin1String("coins") || key == QLatin1String("xp")) {
        const std::optional<qint64> amount = wholeAmount(value);
        if (!amount)
            return fail(QStringLiteral("%1 must be a whole number of at least 0 (got \"%2\")")
                            .arg(key, value));
        return community.setBalance(user.id, key, *amount);
    }
    const bool identity = key == QLatin1String("email") || key == QLatin1String("username")
                          || key == QLatin1String("display_name");
    if (!identity)
        return community.setFieldValue(user.id, key, value);
    services::UserEdit edit{user.id, user.email, user.username, user.displayName, {}};
    (key == QLatin1String("email")      ? edit.email
     : key == QLatin1String("username") ? edit.username
                                        : edit.displayName) = value;
    return community.saveUser(edit);
}

int setValue(CommandContext &context, services::Connection &db, const CommandOptions &options,
             const QList<CustomField> &fields)
{
    if (options.positional().size() != 3)
        return context.error(QStringLiteral("usage: user set ID KEY VALUE (KEY: a field key, "
                                            "coins, xp, email, username or display_name; an "
                                            "empty VALUE clears a field)"),
                             ExitUsage);
    services::CommunityService community(db);
    const Result<User> user = community.findUser(options.positional().at(0).trimmed());
    if (!user)
        return context.error(user.error());
    const QString key = options.positional().at(1).trimmed();
    const Result<User> changed = applySet(community, *user, key, options.positional().at(2));
    if (!changed)
        return context.error(changed.error());
    if (context.json) {
        context.printJson(services::RecordJson::user(*changed, fields));
        return ExitOk;
    }
    context.out << QStringLiteral("%1 of %2: %3 -> %4")
                       .arg(key, changed->username, shown(valueOf(*user, key)),
                            shown(valueOf(*changed, key)))
                << Qt::endl;
    return ExitOk;
}

int removeUser(CommandContext &context, services::Connection &db, const CommandOptions &options,
               const QList<CustomField> &fields)
{
    if (options.positional().size() != 1)
        return context.error(QStringLiteral("usage: user remove ID (an email or a username)"),
                             ExitUsage);
    services::CommunityService community(db);
    const Result<User> user = community.findUser(options.positional().first().trimmed());
    if (!user)
        return context.error(user.error());
    const Result<services::RemovedUser> removed = community.removeUser(user->id);
    if (!removed)
        return context.error(removed.error());
    if (context.json) {
        context.printJson(QJsonObject{
            {QStringLiteral("removed"), services::RecordJson::user(removed->user, fields)},
            {QStringLiteral("history_rows"), removed->historyRows},
            {QStringLiteral("gamification_rows"), removed->gamificationRows}});
        return ExitOk;
    }
    context.out << QStringLiteral("removed user %1 (%2) with %3 field history and %4 "
                                  "gamification log rows; their deliveries are kept")
                       .arg(removed->user.username, removed->user.email)
                       .arg(removed->historyRows)
                       .arg(removed->gamificationRows)
                << Qt::endl;
    return ExitOk;
}

int exportUsers(CommandContext &context, services::Connection &db, const CommandOptions &options)
{
    if (!options.positional().isEmpty())
        return context.error(QStringLiteral("usage: user export [--output FILE.csv]"), ExitUsage);
    services::CommunityService community(db);
    if (options.has(QStringLiteral("--output"))) {
        const QString path = options.value(QStringLiteral("--output"));
        const Result<int> exported = community.exportUsers(path);
        if (!exported)
            return context.error(exported.error());
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("exported"), *exported},
                                          {QStringLiteral("file"), path}});
        else
            context.out << QStringLiteral("exported %1 user(s) to %2").arg(*exported).arg(path)
                        << Qt::endl;
        return ExitOk;
    }
    // To stdout: the CSV itself (--json changes nothing, the format is the file's).
    const Result<QByteArray> csv = community.usersCsv();
    if (!csv)
        return context.error(csv.error());
    context.out.flush();
    context.out << QString::fromUtf8(*csv);
    context.out.flush();
    return ExitOk;
}

} // namespace

int runUserEdit(CommandContext &context, services::Connection &db, const QString &action,
                const CommandOptions &options, const QList<CustomField> &fields)
{
    if (action == QLatin1String("set"))
        return setValue(context, db, options, fields);
    if (action == QLatin1String("remove"))
        return removeUser(context, db, options, fields);
    return exportUsers(context, db, options);
}

} // namespace hb::cli
