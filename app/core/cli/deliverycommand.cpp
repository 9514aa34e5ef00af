// `hookbench delivery list [filters]`, `delivery show ID [--reveal]`, `delivery rerun ID
// [--reveal]` (SPEC §7), and the dispatch to `export`, `curl` and `replay` (their own files). The
// request's secrets (API key, signatures) are masked unless --reveal asks for them (SPEC §3).
#include "commandoptions.h"
#include "commands.h"
#include "deliveryoptions.h"
#include "texttable.h"

#include "delivery/deliverysummary.h"
#include "services/deliveryservice.h"
#include "services/recordjson.h"
#include "services/records.h"
#include "services/secretmask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hb::cli {
namespace {

using services::DeliveryRecord;
using services::DeliveryService;
using services::SecretMask;
using services::Secrets;
// The words for statuses and changes are shared with the window (DeliverySummary).
using delivery::DeliverySummary;

void printRecord(CommandContext &context, const DeliveryRecord &record, Secrets secrets)
{
    const QJsonObject json = services::RecordJson::delivery(record, true, secrets);
    QTextStream &out = context.out;
    out << "id:           " << record.id << '\n' << "webhook:      " << record.webhookName << '\n';
    if (record.receivedAs != record.webhookName)
        out << "received as:  " << record.receivedAs << '\n';
    out << "status:       " << DeliverySummary::statusText(record) << '\n';
    if (!record.reason.isEmpty())
        out << "reason:       " << record.reason << '\n';
    // The same advice the window's Overview gives, chosen by the failure's kind.
    if (const QString advice = DeliverySummary::nextStep(record).advice; !advice.isEmpty())
        out << "what to do:   " << advice << '\n';
    if (!record.userLabel.isEmpty())
        out << "user:         " << record.userLabel << '\n';
    out << "received at:  " << record.receivedAt << '\n'
        << "processed at: "
        << (record.processedAt.isEmpty() ? QStringLiteral("-") : record.processedAt) << '\n'
        << "attempts:     " << record.attempts << '\n';
    if (!record.changes.isEmpty()) {
        out << "changes:\n";
        for (const QJsonValue &change : record.changes)
            out << "  " << DeliverySummary::changeText(change.toObject()) << '\n';
    }
    const QJsonObject request = json.value(QStringLiteral("request")).toObject();
    out << "request:\n"
        << "  " << request.value(QStringLiteral("method")).toString() << ' '
        << request.value(QStringLiteral("target")).toString() << '\n';
    // In order and repeated as received (the JSON joins repeats), masked by the same rule.
    const SecretMask::Headers headers =
        secrets == Secrets::Masked ? SecretMask::headers(record.headers) : record.headers;
    for (const auto &[name, value] : headers)
        out << "  " << QString::fromUtf8(name) << ": " << QString::fromUtf8(value) << '\n';
    if (request.contains(QStringLiteral("body_encoding")))
        out << "  (binary body, base64) " << request.value(QStringLiteral("body")).toString()
            << '\n';
    else if (!record.body.isEmpty())
        out << '\n' << request.value(QStringLiteral("body")).toString() << '\n';
    out.flush();
}

int listDeliveries(CommandContext &context, services::Connection &db, const CommandOptions &options)
{
    if (!options.positional().isEmpty())
        return context.error(QStringLiteral("usage: delivery list [--status S] [--webhook NAME] "
                                            "[--limit N] [--before ID] [--since T] [--until T] "
                                            "[--search TEXT]"),
                             ExitUsage);
    int limit = 0;
    auto filter = deliveryFilter(options, &limit);
    if (!filter)
        return context.error(filter.error(), ExitUsage);
    if (limit > 0)
        filter->limit = limit;
    const auto records = DeliveryService(db).list(*filter);
    if (!records)
        return context.error(records.error());
    if (context.json) {
        QJsonArray array;
        for (const DeliveryRecord &record : *records)
            array.append(services::RecordJson::delivery(record, false));
        context.printJson(array);
        return ExitOk;
    }
    if (records->isEmpty()) {
        context.out << "no deliveries" << Qt::endl;
        return ExitOk;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("STATUS"), QStringLiteral("WEBHOOK"),
                     QStringLiteral("RECEIVED AT"), QStringLiteral("USER"),
                     QStringLiteral("REASON")});
    for (const DeliveryRecord &record : *records)
        table.addRow({QString::number(record.id), DeliverySummary::statusText(record),
                      record.webhookName, record.receivedAt,
                      record.userLabel.isEmpty() ? QStringLiteral("-") : record.userLabel,
                      record.reason});
    table.print(context.out);
    return ExitOk;
}

int showDelivery(CommandContext &context, services::Connection &db, const CommandOptions &options)
{
    const auto id = deliveryId(options.positional(), QStringLiteral("usage: delivery show ID"));
    if (!id)
        return context.error(id.error(), ExitUsage);
    const auto record = DeliveryService(db).show(*id);
    if (!record)
        return context.error(record.error());
    if (context.json)
        context.printJson(services::RecordJson::delivery(*record, true, secretsOption(options)));
    else
        printRecord(context, *record, secretsOption(options));
    return ExitOk;
}

int rerunDelivery(CommandContext &context, services::Connection &db, const CommandOptions &options)
{
    const auto id = deliveryId(options.positional(), QStringLiteral("usage: delivery rerun ID"));
    if (!id)
        return context.error(id.error(), ExitUsage);
    const auto record = DeliveryService(db).rerun(*id);
    if (!record)
        return context.error(record.error());
    if (context.json)
        context.printJson(services::RecordJson::delivery(*record, true, secretsOption(options)));
    else
        printRecord(context, *record, secretsOption(options));
    return ExitOk;
}

} // namespace

int runDeliveryCommand(CommandContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList actions = {QStringLiteral("list"),  QStringLiteral("show"),
                                 QStringLiteral("rerun"), QStringLiteral("export"),
                                 QStringLiteral("curl"),  QStringLiteral("replay")};
    const QString expected = QStringLiteral("list, show, rerun, export, curl or replay");
    if (!actions.contains(action))
        return context.error(action.isEmpty()
                                 ? QStringLiteral("delivery needs a command: ") + expected
                                 : QStringLiteral("unknown delivery command \"%1\" (expected %2)")
                                       .arg(action, expected),
                             ExitUsage);
    QStringList valueOptions;
    QStringList flagOptions{QStringLiteral("--reveal")};
    if (action == QLatin1String("list")) {
        valueOptions = deliveryFilterOptions();
        flagOptions.clear();
    } else if (action == QLatin1String("export")) {
        valueOptions = deliveryFilterOptions()
                       << QStringLiteral("--format") << QStringLiteral("--output");
    } else if (action == QLatin1String("curl")) {
        valueOptions = {QStringLiteral("--url")};
    } else if (action == QLatin1String("replay")) {
        valueOptions = {QStringLiteral("--url")};
        flagOptions = {QStringLiteral("--new-id")};
    }
    const auto options = CommandOptions::parse(arguments.mid(1), valueOptions, flagOptions);
    if (!options)
        return context.error(options.error(), ExitUsage);
    services::Connection db(context.dbLocation);
    if (hb::Status status = db.open(); !status)
        return context.error(status.error());
    using Command = int (*)(CommandContext &, services::Connection &, const CommandOptions &);
    const QList<QPair<QString, Command>> commands{
        {QStringLiteral("list"), listDeliveries}, {QStringLiteral("show"), showDelivery},
        {QStringLiteral("rerun"), rerunDelivery}, {QStringLiteral("export"), exportDeliveries},
        {QStringLiteral("curl"), curlDelivery},   {QStringLiteral("replay"), replayDelivery}};
    for (const auto &[word, command] : commands) {
        if (word == action)
            return command(context, db, *options);
    }
    return ExitUsage;
}

} // namespace hb::cli
