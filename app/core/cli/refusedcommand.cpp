// `hookbench refused [--webhook NAME] [--limit N]`: the requests the catcher refused before they
// became deliveries (401 without the right key or signature, 403, 404), newest first, from the
// bounded log SPEC §3 keeps for support staff. With --json each entry also has the request as
// received (headers, the first 4 KiB of the body).
#include "activityoptions.h"
#include "commands.h"
#include "texttable.h"

#include "services/deliveryservice.h"
#include "services/recordjson.h"
#include "services/records.h"

#include <QJsonArray>

namespace hb::cli {

int runRefusedCommand(CommandContext &context, const QStringList &arguments)
{
    int limit = 0;
    int exitCode = ExitOk;
    const auto options = parseListingOptions(
        context, arguments, {QStringLiteral("--webhook"), QStringLiteral("--limit")},
        QStringLiteral("refused [--webhook NAME] [--limit N]"), &limit, &exitCode);
    if (!options)
        return exitCode;
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
            array.append(services::RecordJson::refused(entry));
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
                          + services::headerText(entry.target),
                      entry.reason});
    table.print(context.out);
    return ExitOk;
}

} // namespace hb::cli
