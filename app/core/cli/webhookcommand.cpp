// `hookbench webhook import FILE.json`, `webhook export NAME`, `webhook list`,
// `webhook remove NAME` (SPEC §7).
#include "commandoptions.h"
#include "commands.h"
#include "texttable.h"
#include "webhookurl.h"

#include "mapping/webhookconfig.h"
#include "store/database.h"
#include "store/fieldrepository.h"
#include "store/webhookrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace hb::cli {
namespace {

using mapping::Webhook;

QJsonObject summaryJson(const Webhook &webhook)
{
    QJsonArray locations;
    if (!webhook.fields.isEmpty())
        locations.append(QStringLiteral("fields"));
    if (!webhook.currencies.isEmpty())
        locations.append(QStringLiteral("currencies"));
    if (webhook.message)
        locations.append(QStringLiteral("message"));
    return QJsonObject{
        {QStringLiteral("name"), webhook.name},
        {QStringLiteral("token"), webhook.token},
        {QStringLiteral("url"), delivery::WebhookUrl::forToken(webhook.token)},
        {QStringLiteral("enabled"), webhook.enabled},
        {QStringLiteral("api_key_required"), !webhook.apiKey.isEmpty()},
        {QStringLiteral("encryption"),
         webhook.encryption ? QJsonValue(mapping::encryptionModeName(webhook.encryption->mode))
                            : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("signed"), !webhook.signingSecret.isEmpty()},
        {QStringLiteral("locations"), locations},
    };
}

// A damaged webhook (its stored configuration cannot be read) shows what its columns know and the
// problem; keys, encryption and locations are unknown, so they are left out rather than guessed.
QJsonObject damagedSummaryJson(const store::StoredWebhook &stored)
{
    const Webhook &webhook = stored.webhook;
    return QJsonObject{
        {QStringLiteral("name"), webhook.name},
        {QStringLiteral("token"), webhook.token},
        {QStringLiteral("url"), delivery::WebhookUrl::forToken(webhook.token)},
        {QStringLiteral("enabled"), webhook.enabled},
        {QStringLiteral("error"), stored.problem},
    };
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

int importWebhook(CommandContext &context, store::Database &db, const QStringList &words)
{
    if (words.size() != 1)
        return context.error(QStringLiteral("usage: webhook import FILE.json"), ExitUsage);
    const QString path = words.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    store::FieldRepository fieldRepository(db);
    const Result<QList<mapping::CustomField>> fields = fieldRepository.list();
    if (!fields)
        return context.error(fields.error());
    const Result<Webhook> parsed = mapping::WebhookConfig::fromJson(file.readAll(), &*fields);
    if (!parsed)
        return context.error(QStringLiteral("%1: %2").arg(path, parsed.error()));
    store::WebhookRepository webhooks(db);
    const Result<Webhook> added = webhooks.add(*parsed);
    if (!added)
        return context.error(added.error());
    if (context.json) {
        context.printJson(summaryJson(*added));
        return ExitOk;
    }
    context.out << "imported webhook " << added->name << '\n'
                << "token:   " << added->token << '\n'
                << "url:     " << delivery::WebhookUrl::forToken(added->token) << '\n'
                << "enabled: " << yesNo(added->enabled) << Qt::endl;
    return ExitOk;
}

Result<Webhook> findWebhook(store::Database &db, const QString &name)
{
    store::WebhookRepository webhooks(db);
    Result<std::optional<Webhook>> found = webhooks.findByName(name);
    if (!found)
        return Error{found.error()};
    if (!found->has_value())
        return fail(QStringLiteral("no webhook named \"%1\"").arg(name.trimmed()));
    return **found;
}

int exportWebhook(CommandContext &context, store::Database &db, const QStringList &words)
{
    if (words.size() != 1)
        return context.error(QStringLiteral("usage: webhook export NAME"), ExitUsage);
    const Result<Webhook> webhook = findWebhook(db, words.first());
    if (!webhook)
        return context.error(webhook.error());
    // The configuration file itself, with or without --json, so that it can be redirected to a
    // file and imported again.
    context.printJson(mapping::WebhookConfig::toJson(*webhook));
    return ExitOk;
}

int listWebhooks(CommandContext &context, store::Database &db, const QStringList &words)
{
    if (!words.isEmpty())
        return context.error(QStringLiteral("usage: webhook list"), ExitUsage);
    store::WebhookRepository repository(db);
    const Result<QList<store::StoredWebhook>> webhooks = repository.listAll();
    if (!webhooks)
        return context.error(webhooks.error());
    if (context.json) {
        QJsonArray array;
        for (const store::StoredWebhook &stored : *webhooks)
            array.append(stored.isDamaged() ? damagedSummaryJson(stored)
                                            : summaryJson(stored.webhook));
        context.printJson(array);
        return ExitOk;
    }
    if (webhooks->isEmpty()) {
        context.out << "no webhooks" << Qt::endl;
        return ExitOk;
    }
    const bool anyDamaged =
        std::any_of(webhooks->cbegin(), webhooks->cend(),
                    [](const store::StoredWebhook &stored) { return stored.isDamaged(); });
    QStringList header{QStringLiteral("NAME"), QStringLiteral("ENABLED"), QStringLiteral("URL")};
    if (anyDamaged) // the usual table stays as it was when every webhook is readable
        header << QStringLiteral("PROBLEM");
    TextTable table(header);
    for (const store::StoredWebhook &stored : *webhooks) {
        const Webhook &webhook = stored.webhook;
        QStringList row{webhook.name, yesNo(webhook.enabled), delivery::WebhookUrl::forToken(webhook.token)};
        if (anyDamaged)
            row << stored.problem;
        table.addRow(row);
    }
    table.print(context.out);
    return ExitOk;
}

int removeWebhook(CommandContext &context, store::Database &db, const QStringList &words)
{
    if (words.size() != 1)
        return context.error(QStringLiteral("usage: webhook remove NAME"), ExitUsage);
    const QString name = words.first().trimmed();
    store::WebhookRepository webhooks(db);
    if (Status status = webhooks.remove(name); !status)
        return context.error(status.error());
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("removed"), name}});
    else
        context.out << QStringLiteral("removed webhook %1").arg(name) << Qt::endl;
    return ExitOk;
}

} // namespace

int runWebhookCommand(CommandContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList actions = {QStringLiteral("import"), QStringLiteral("export"),
                                 QStringLiteral("list"), QStringLiteral("remove")};
    if (!actions.contains(action))
        return context.error(
            action.isEmpty()
                ? QStringLiteral("webhook needs a command: import, export, list or remove")
                : QStringLiteral("unknown webhook command \"%1\" (expected import, export, list "
                                 "or remove)")
                      .arg(action),
            ExitUsage);
    const Result<CommandOptions> options = CommandOptions::parse(arguments.mid(1), {});
    if (!options)
        return context.error(options.error(), ExitUsage);
    store::Database db(context.dbLocation);
    if (Status status = db.open(); !status)
        return context.error(status.error());
    const QStringList &words = options->positional();
    if (action == QLatin1String("import"))
        return importWebhook(context, db, words);
    if (action == QLatin1String("export"))
        return exportWebhook(context, db, words);
    if (action == QLatin1String("list"))
        return listWebhooks(context, db, words);
    return removeWebhook(context, db, words);
}

} // namespace hb::cli
