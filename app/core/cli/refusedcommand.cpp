// `hookbench refused [--webhook NAME] [--limit N] [--reveal]`: the requests the catcher refused
// before they became deliveries (401 without the right key or signature, 403, 404), newest first,
// from the bounded log SPEC §3 keeps for support staff. With --json each entry also has the request
// as received (headers, the first 4 KiB of the body). A wrong key is still a key, often an old
// real one: key and signature values are masked unless --reveal asks for them.
#include "activityoptions.h"
#include "commandoptions.h"
#include "commands.h"
#include "texttable.h"

#include "services/deliveryservice.h"
#include "services/recordjson.h"
#include "services/records.h"
#include "services/secretmask.h"

#include <QJsonArray>

namespace hb::cli {

int runRefusedCommand(CommandContext &context, const QStringList &arguments)
{
    // Parsed here rather than by parseListingOptions, which takes no flags.
    const auto options =
        CommandOptions::parse(arguments, {QStringLiteral("--webhook"), QStringLiteral("--limit")},
                              {QStringLiteral("--reveal")});
    if (!options)
        return context.error(options.error(), ExitUsage);
    if (!options->positional().isEmpty())
        return context.error(QStringLiteral("usage: refused [--webhook NAME] [--limit N]"),
                             ExitUsage);
    const auto limitValue = limitOption(*options);
    if (!limitValue)
        return context.error(limitValue.error(), ExitUsage);
    const int limit = *limitValue;
    const services::Secrets secrets = options->has(QStringLiteral("--reveal"))
                                          ? services::Secrets::Revealed
                                          : services::Secrets::Masked;
    services::Connection db(context.dbLocation);
    if (hb::Status status = db.open(); !status)
        return context.error(status.error());

    const QString webhook = options->value(QStringLiteral("--webhook")).trimmed();
    const auto refused = services::DeliveryService(db).refused(limit > 0 ? limit : 100, webhook);
    if (!refused)
        return context.error(refused.error());
    const QList<services::RejectedRequest> &entries = *refused;

    if (context.json) {
        QJsonArray array;
        for (const services::RejectedRequest &entry : std::as_const(entries))
            array.append(services::RecordJson::refused(entry, secrets));
        context.printJson(array);
        return ExitOk;
    }
    if (entries.isEmpty()) {
        context.out << (webhook.isEmpty()
                            ? QStringLiteral("no refused requests")
                            : QStringLiteral("no refused requests for \"%1\"").arg(webhook))
                    << Qt::endl;
        return ExitOk;
    }
    TextTable table({QStringLiteral("AT"), QStringLiteral("STATUS"), QStringLiteral("WEBHOOK"),
                     QStringLiteral("FROM"), QStringLiteral("REQUEST"), QStringLiteral("REASON")});
    for (const services::RejectedRequest &entry : std::as_const(entries))
        table.addRow({entry.at, QString::number(entry.status),
                      entry.webhookName.isEmpty() ? QStringLiteral("-") : entry.webhookName,
                      entry.remoteAddress.isEmpty() ? QStringLiteral("-") : entry.remoteAddress,
                      QString::fromUtf8(entry.method) + QLatin1Char(' ')
                          + (secrets == services::Secrets::Masked
                                 ? services::SecretMask::target(services::headerText(entry.target))
                                 : services::headerText(entry.target)),
                      entry.reason});
    table.print(context.out);
    return ExitOk;
}

} // namespace hb::cli
