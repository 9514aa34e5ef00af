// `hookbench user import FILE.csv`, `user add --email E --username U [--name N]`,
// `user show ID`, `user list` (SPEC §7); set, remove and export live in usereditcommand.cpp.
#include "commandoptions.h"
#include "commands.h"
#include "texttable.h"
#include "usereditcommand.h"

#include "services/communityservice.h"
#include "services/recordjson.h"
#include "services/records.h"

#include <QJsonArray>

namespace hb::cli {
namespace {

using mapping::CustomField;
using services::User;

// A field value as people read it: the stored text, "-" when unset.
void printUser(CommandContext &context, const User &user, const QList<CustomField> &fields)
{
    QTextStream &out = context.out;
    out << "email:        " << user.email << '\n'
        << "username:     " << user.username << '\n'
        << "display name: " << user.displayName << '\n'
        << "coins:        " << user.coins << '\n'
        << "xp:           " << user.xp << '\n';
    if (!fields.isEmpty()) {
        out << "fields:\n";
        qsizetype width = 0;
        for (const CustomField &field : fields)
            width = std::max(width, field.key.size());
        for (const CustomField &field : fields)
            out << "  " << QString(field.key + QLatin1Char(':')).leftJustified(width + 2)
                << user.fields.value(field.key, QStringLiteral("-")) << '\n';
    }
    out.flush();
}

int addUser(CommandContext &context, services::Connection &db, const CommandOptions &options,
            const QList<CustomField> &fields)
{
    if (!options.positional().isEmpty())
        return context.error(QStringLiteral("usage: user add --email E --username U [--name N]"),
                             ExitUsage);
    if (!options.has(QStringLiteral("--email")) || !options.has(QStringLiteral("--username")))
        return context.error(QStringLiteral("user add needs --email and --username"), ExitUsage);
    User user;
    user.email = options.value(QStringLiteral("--email"));
    user.username = options.value(QStringLiteral("--username"));
    user.displayName = options.value(QStringLiteral("--name"));
    const Result<User> added = services::CommunityService(db).addUser(user);
    if (!added)
        return context.error(added.error());
    if (context.json)
        context.printJson(services::RecordJson::user(*added, fields));
    else
        printUser(context, *added, fields);
    return ExitOk;
}

int showUser(CommandContext &context, services::Connection &db, const CommandOptions &options,
             const QList<CustomField> &fields)
{
    if (options.positional().size() != 1)
        return context.error(QStringLiteral("usage: user show ID (an email or a username)"),
                             ExitUsage);
    const QString id = options.positional().first().trimmed();
    const Result<User> user = services::CommunityService(db).findUser(id);
    if (!user)
        return context.error(user.error());
    if (context.json)
        context.printJson(services::RecordJson::user(*user, fields));
    else
        printUser(context, *user, fields);
    return ExitOk;
}

int listUsers(CommandContext &context, services::Connection &db, const CommandOptions &options,
              const QList<CustomField> &fields)
{
    if (!options.positional().isEmpty())
        return context.error(QStringLiteral("usage: user list"), ExitUsage);
    const Result<QList<User>> users = services::CommunityService(db).users();
    if (!users)
        return context.error(users.error());
    if (context.json) {
        QJsonArray array;
        for (const User &user : *users)
            array.append(services::RecordJson::user(user, fields));
        context.printJson(array);
        return ExitOk;
    }
    if (users->isEmpty()) {
        context.out << "no users" << Qt::endl;
        return ExitOk;
    }
    TextTable table({QStringLiteral("EMAIL"), QStringLiteral("USERNAME"), QStringLiteral("COINS"),
                     QStringLiteral("XP"), QStringLiteral("DISPLAY NAME")});
    for (const User &user : *users)
        table.addRow({user.email, user.username, QString::number(user.coins),
                      QString::number(user.xp), user.displayName});
    table.print(context.out);
    return ExitOk;
}

int importUsers(CommandContext &context, services::Connection &db, const CommandOptions &options)
{
    if (options.positional().size() != 1)
        return context.error(QStringLiteral("usage: user import FILE.csv"), ExitUsage);
    const QString path = options.positional().first();
    const Result<int> imported = services::CommunityService(db).importUsers(path);
    if (!imported)
        return context.error(
            QStringLiteral("%1: %2 (nothing was imported)").arg(path, imported.error()));
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("imported"), *imported}});
    else
        context.out << QStringLiteral("imported %1 %2")
                           .arg(*imported)
                           .arg(*imported == 1 ? QStringLiteral("user") : QStringLiteral("users"))
                    << Qt::endl;
    return ExitOk;
}

} // namespace

int runUserCommand(CommandContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList actions = {QStringLiteral("import"), QStringLiteral("add"),
                                 QStringLiteral("show"),   QStringLiteral("list"),
                                 QStringLiteral("set"),    QStringLiteral("remove"),
                                 QStringLiteral("export")};
    if (!actions.contains(action))
        return context.error(action.isEmpty()
                                 ? QStringLiteral("user needs a command: import, add, show, list, "
                                                  "set, remove or export")
                                 : QStringLiteral("unknown user command \"%1\" (expected import, "
                                                  "add, show, list, set, remove or export)")
                                       .arg(action),
                             ExitUsage);
    QStringList valueOptions;
    if (action == QLatin1String("add"))
        valueOptions = {QStringLiteral("--email"), QStringLiteral("--username"),
                        QStringLiteral("--name")};
    else if (action == QLatin1String("export"))
        valueOptions = {QStringLiteral("--output")};
    const Result<CommandOptions> options = CommandOptions::parse(arguments.mid(1), valueOptions);
    if (!options)
        return context.error(options.error(), ExitUsage);
    services::Connection db(context.dbLocation);
    if (Status status = db.open(); !status)
        return context.error(status.error());
    if (action == QLatin1String("import"))
        return importUsers(context, db, *options);

    const Result<QList<CustomField>> fields = services::CommunityService(db).fields();
    if (!fields)
        return context.error(fields.error());
    if (action == QLatin1String("add"))
        return addUser(context, db, *options, *fields);
    if (action == QLatin1String("show"))
        return showUser(context, db, *options, *fields);
    if (action != QLatin1String("list"))
        return runUserEdit(context, db, action, *options, *fields);
    return listUsers(context, db, *options, *fields);
}

} // namespace hb::cli
