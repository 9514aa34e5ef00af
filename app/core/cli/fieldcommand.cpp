// `hookbench field add KEY --type T [--name N]`, `field list`, `field remove KEY`,
// `field rename KEY --name N` (SPEC §7).
#include "commandoptions.h"
#include "commands.h"
#include "texttable.h"

#include "mapping/fieldkey.h"
#include "services/communityservice.h"
#include "services/records.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hb::cli {
namespace {

using mapping::CustomField;

QJsonObject fieldJson(const CustomField &field)
{
    return QJsonObject{{QStringLiteral("key"), field.key},
                       {QStringLiteral("name"), field.name},
                       {QStringLiteral("type"), mapping::fieldTypeName(field.type)}};
}

int addField(CommandContext &context, services::Connection &db, const CommandOptions &options)
{
    // A key may be written as a name with spaces ("Deposit amount"), quoted or not.
    const QString given = options.positional().join(QLatin1Char(' ')).trimmed();
    if (given.isEmpty())
        return context.error(QStringLiteral("usage: field add KEY --type T [--name N]"), ExitUsage);
    if (!options.has(QStringLiteral("--type")))
        return context.error(
            QStringLiteral("field add needs --type (number, text, date or boolean)"), ExitUsage);
    const QString typeName = options.value(QStringLiteral("--type")).trimmed().toLower();
    const std::optional<mapping::FieldType> type = mapping::fieldTypeFromName(typeName);
    if (!type)
        return context.error(QStringLiteral("unknown field type \"%1\" (expected number, text, "
                                            "date or boolean)")
                                 .arg(options.value(QStringLiteral("--type"))));
    CustomField field;
    field.key = mapping::FieldKey::fromName(given);
    field.name =
        options.has(QStringLiteral("--name")) ? options.value(QStringLiteral("--name")) : given;
    field.type = *type;
    const Result<CustomField> added = services::CommunityService(db).addField(field);
    if (!added)
        return context.error(added.error());
    if (context.json)
        context.printJson(fieldJson(*added));
    else
        context.out << QStringLiteral("added field %1 (%2, \"%3\")")
                           .arg(added->key, mapping::fieldTypeName(added->type), added->name)
                    << Qt::endl;
    return ExitOk;
}

int listFields(CommandContext &context, services::Connection &db, const CommandOptions &options)
{
    if (!options.positional().isEmpty())
        return context.error(QStringLiteral("usage: field list"), ExitUsage);
    const Result<QList<CustomField>> fields = services::CommunityService(db).fields();
    if (!fields)
        return context.error(fields.error());
    if (context.json) {
        QJsonArray array;
        for (const CustomField &field : *fields)
            array.append(fieldJson(field));
        context.printJson(array);
        return ExitOk;
    }
    if (fields->isEmpty()) {
        context.out << "no custom fields" << Qt::endl;
        return ExitOk;
    }
    TextTable table({QStringLiteral("KEY"), QStringLiteral("TYPE"), QStringLiteral("NAME")});
    for (const CustomField &field : *fields)
        table.addRow({field.key, mapping::fieldTypeName(field.type), field.name});
    table.print(context.out);
    return ExitOk;
}

int removeField(CommandContext &context, services::Connection &db, const CommandOptions &options)
{
    const QString given = options.positional().join(QLatin1Char(' ')).trimmed();
    if (given.isEmpty())
        return context.error(QStringLiteral("usage: field remove KEY"), ExitUsage);
    const QString key = mapping::FieldKey::fromName(given);
    services::CommunityService community(db);
    // Counted first to say what went; another process may add a value in between, which goes
    // too, so the number is what was there a moment before.
    const Result<qint64> values = community.countFieldValues(key);
    if (!values)
        return context.error(values.error());
    if (Status status = community.removeField(key); !status)
        return context.error(status.error());
    if (context.json)
        context.printJson(
            QJsonObject{{QStringLiteral("removed"), key}, {QStringLiteral("values"), *values}});
    else
        context.out
            << QStringLiteral("removed field %1 and %2 stored value(s)").arg(key).arg(*values)
            << Qt::endl;
    return ExitOk;
}

int renameField(CommandContext &context, services::Connection &db, const CommandOptions &options)
{
    const QString given = options.positional().join(QLatin1Char(' ')).trimmed();
    if (given.isEmpty() || !options.has(QStringLiteral("--name")))
        return context.error(QStringLiteral("usage: field rename KEY --name N (the key stays)"),
                             ExitUsage);
    const Result<CustomField> renamed = services::CommunityService(db).renameField(
        mapping::FieldKey::fromName(given), options.value(QStringLiteral("--name")));
    if (!renamed)
        return context.error(renamed.error());
    if (context.json)
        context.printJson(fieldJson(*renamed));
    else
        context.out << QStringLiteral("renamed field %1 to \"%2\"").arg(renamed->key, renamed->name)
                    << Qt::endl;
    return ExitOk;
}

} // namespace

int runFieldCommand(CommandContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const bool isAdd = action == QLatin1String("add");
    const bool isRename = action == QLatin1String("rename");
    if (!isAdd && !isRename && action != QLatin1String("list") && action != QLatin1String("remove"))
        return context.error(action.isEmpty()
                                 ? QStringLiteral("field needs a command: add, list, remove or "
                                                  "rename")
                                 : QStringLiteral("unknown field command \"%1\" (expected add, "
                                                  "list, remove or rename)")
                                       .arg(action),
                             ExitUsage);
    QStringList valueOptions;
    if (isAdd)
        valueOptions = {QStringLiteral("--type"), QStringLiteral("--name")};
    else if (isRename)
        valueOptions = {QStringLiteral("--name")};
    const Result<CommandOptions> options = CommandOptions::parse(arguments.mid(1), valueOptions);
    if (!options)
        return context.error(options.error(), ExitUsage);
    services::Connection db(context.dbLocation);
    if (Status status = db.open(); !status)
        return context.error(status.error());
    if (isAdd)
        return addField(context, db, *options);
    if (isRename)
        return renameField(context, db, *options);
    if (action == QLatin1String("list"))
        return listFields(context, db, *options);
    return removeField(context, db, *options);
}

} // namespace hb::cli
