// `hookbench webhook import FILE.json [--replace]`, `webhook export NAME`, `webhook list`,
// `webhook remove NAME`, `webhook rename OLD NEW` (SPEC §7), through the webhook service.
#include "commandoptions.h"
#include "commands.h"
#include "delivery/webhookurl.h"
#include "texttable.h"

#include "services/records.h"
#include "services/webhookservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace hb::cli {
namespace {

using mapping::Webhook;
using services::WebhookService;

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
        {QStringLiteral("draft"), webhook.draft},
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
QJsonObject damagedSummaryJson(const services::StoredWebhook &stored)
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

void printWebhook(CommandContext &context, const QString &verb, const Webhook &webhook)
{
    if (context.json) {
        context.printJson(summaryJson(webhook));
        return;
    }
    context.out << verb << " webhook " << webhook.name << '\n'
                << "token:   " << webhook.token << '\n'
                << "url:     " << delivery::WebhookUrl::forToken(webhook.token) << '\n'
                << "enabled: " << yesNo(webhook.enabled) << '\n'
                << "draft:   " << yesNo(webhook.draft) << Qt::endl;
}

int importWebhook(CommandContext &context, services::Connection &db, const CommandOptions &options)
{
    const QStringList &words = options.positional();
    if (words.size() != 1)
        return context.error(QStringLiteral("usage: webhook import FILE.json [--replace]"),
                             ExitUsage);
    const QString path = words.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const bool replace = options.has(QStringLiteral("--replace"));
    WebhookService webhooks(db);
    // A mistake in the file names the file; one with the store (a name taken) does not.
    const Result<Webhook> parsed = webhooks.parseConfig(file.readAll());
    if (!parsed)
        return context.error(QStringLiteral("%1: %2").arg(path, parsed.error()));
    const Result<Webhook> imported = webhooks.importWebhook(
        *parsed, replace ? WebhookService::ImportMode::Replace : WebhookService::ImportMode::Add);
    if (!imported)
        return context.error(imported.error());
    printWebhook(context, replace ? QStringLiteral("replaced") : QStringLiteral("imported"),
                 *imported);
    return ExitOk;
}

int exportWebhook(CommandContext &context, services::Connection &db, const QStringList &words)
{
    if (words.size() != 1)
        return context.error(QStringLiteral("usage: webhook export NAME"), ExitUsage);
    const Result<QJsonObject> config = WebhookService(db).exportConfig(words.first());
    if (!config)
        return context.error(config.error());
    // The configuration file itself, with or without --json, so that it can be redirected to a
    // file and imported again.
    context.printJson(*config);
    return ExitOk;
}

int renameWebhook(CommandContext &context, services::Connection &db, const QStringList &words)
{
    if (words.size() != 2)
        return context.error(QStringLiteral("usage: webhook rename OLD NEW"), ExitUsage);
    // Only the name changes: the URL, the deliveries and their history stay with the webhook.
    const Result<Webhook> renamed = WebhookService(db).rename(words.at(0), words.at(1));
    if (!renamed)
        return context.error(renamed.error());
    printWebhook(context, QStringLiteral("renamed to"), *renamed);
    return ExitOk;
}

int listWebhooks(CommandContext &context, services::Connection &db, const QStringList &words)
{
    if (!words.isEmpty())
        return context.error(QStringLiteral("usage: webhook list"), ExitUsage);
    const Result<QList<services::StoredWebhook>> webhooks = WebhookService(db).list();
    if (!webhooks)
        return context.error(webhooks.error());
    if (context.json) {
        QJsonArray array;
        for (const services::StoredWebhook &stored : *webhooks)
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
                    [](const services::StoredWebhook &stored) { return stored.isDamaged(); });
    QStringList header{QStringLiteral("NAME"), QStringLiteral("ENABLED"), QStringLiteral("DRAFT"),
                       QStringLiteral("URL")};
    if (anyDamaged) // the usual table stays as it was when every webhook is readable
        header << QStringLiteral("PROBLEM");
    TextTable table(header);
    for (const services::StoredWebhook &stored : *webhooks) {
        const Webhook &webhook = stored.webhook;
        QStringList row{webhook.name, yesNo(webhook.enabled), yesNo(webhook.draft),
                        delivery::WebhookUrl::forToken(webhook.token)};
        if (anyDamaged)
            row << stored.problem;
        table.addRow(row);
    }
    table.print(context.out);
    return ExitOk;
}

int removeWebhook(CommandContext &context, services::Connection &db, const QStringList &words)
{
    if (words.size() != 1)
        return context.error(QStringLiteral("usage: webhook remove NAME"), ExitUsage);
    const QString name = words.first().trimmed();
    if (Status status = WebhookService(db).remove(name); !status)
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
                                 QStringLiteral("list"), QStringLiteral("remove"),
                                 QStringLiteral("rename")};
    if (!actions.contains(action))
        return context.error(
            action.isEmpty()
                ? QStringLiteral("webhook needs a command: import, export, list, remove or rename")
                : QStringLiteral("unknown webhook command \"%1\" (expected import, export, list, "
                                 "remove or rename)")
                      .arg(action),
            ExitUsage);
    const QStringList flags = action == QLatin1String("import")
                                  ? QStringList{QStringLiteral("--replace")}
                                  : QStringList();
    const Result<CommandOptions> options = CommandOptions::parse(arguments.mid(1), {}, flags);
    if (!options)
        return context.error(options.error(), ExitUsage);
    services::Connection db(context.dbLocation);
    if (Status status = db.open(); !status)
        return context.error(status.error());
    const QStringList &words = options->positional();
    if (action == QLatin1String("import"))
        return importWebhook(context, db, *options);
    if (action == QLatin1String("rename"))
        return renameWebhook(context, db, words);
    if (action == QLatin1String("export"))
        return exportWebhook(context, db, words);
    if (action == QLatin1String("list"))
        return listWebhooks(context, db, words);
    return removeWebhook(context, db, words);
}

} // namespace hb::cli
