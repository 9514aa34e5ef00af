// `hookbench delivery curl ID [--url URL] [--reveal]` and `delivery replay ID [--url URL]
// [--new-id]` (SPEC §7): a stored request as a curl command line, or sent again over HTTP by the
// client `send` uses (delivery::HttpSender), to its webhook's URL unless --url.
//
// replay's exit code follows `send`: 0 for a 2xx answer, 1 with a one-line error when there was
// no answer or another status (the answer is printed first, so a 401 or 404 can be read).
#include "deliveryoptions.h"

#include "delivery/httpsender.h"
#include "services/curlcommand.h"
#include "services/deliveryreplay.h"
#include "services/deliveryservice.h"
#include "services/webhookservice.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace hb::cli {
namespace {

// The delivery and its webhook (none once removed) and where it goes.
struct Stored {
    services::DeliveryRecord record;
    std::optional<mapping::Webhook> webhook;
    QUrl url;
};

hb::Result<Stored> loadStored(services::Connection &db, qint64 id, const CommandOptions &options)
{
    auto record = services::DeliveryService(db).show(id);
    if (!record)
        return record.failure();
    Stored stored{std::move(*record), std::nullopt, QUrl()};
    if (stored.record.webhookId > 0) {
        auto webhook = services::WebhookService(db).findById(stored.record.webhookId);
        if (!webhook && webhook.errorKind() != ErrorKind::NotFound)
            return webhook.failure();
        if (webhook)
            stored.webhook = std::move(*webhook);
    }
    const auto url =
        services::DeliveryReplay::url(stored.record, stored.webhook ? &*stored.webhook : nullptr,
                                      options.value(QStringLiteral("--url")));
    if (!url)
        return url.failure();
    stored.url = *url;
    return stored;
}

} // namespace

int curlDelivery(CommandContext &context, services::Connection &db, const CommandOptions &options)
{
    const auto id = deliveryId(options.positional(),
                               QStringLiteral("usage: delivery curl ID [--url URL] [--reveal]"));
    if (!id)
        return context.error(id.error(), ExitUsage);
    const auto stored = loadStored(db, *id, options);
    if (!stored)
        return context.error(stored.error());
    const QString command =
        services::CurlCommand::of(stored->record, stored->url, secretsOption(options));
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("id"), stored->record.id},
                                      {QStringLiteral("url"), stored->url.toString()},
                                      {QStringLiteral("command"), command}});
    else
        context.out << command << Qt::endl;
    return ExitOk;
}

int replayDelivery(CommandContext &context, services::Connection &db, const CommandOptions &options)
{
    const auto id = deliveryId(options.positional(),
                               QStringLiteral("usage: delivery replay ID [--url URL] [--new-id]"));
    if (!id)
        return context.error(id.error(), ExitUsage);
    const auto stored = loadStored(db, *id, options);
    if (!stored)
        return context.error(stored.error());
    const auto request = services::DeliveryReplay::prepare(
        stored->record, stored->webhook ? &*stored->webhook : nullptr, stored->url,
        options.has(QStringLiteral("--new-id")), QDateTime::currentDateTimeUtc());
    if (!request)
        return context.error(request.error());
    // Certificates are verified, as `send` verifies them.
    delivery::HttpSender sender;
    sender.setMethod(request->method);
    const delivery::SendAnswer answer =
        sender.sendAndWait(request->url, request->headers, request->body);
    if (!answer.answered())
        return context.error(answer.error);
    if (context.json) {
        const QJsonDocument body = QJsonDocument::fromJson(answer.body);
        QJsonObject printed{{QStringLiteral("id"), stored->record.id},
                            {QStringLiteral("url"), request->url.toDisplayString()},
                            {QStringLiteral("status"), answer.status},
                            {QStringLiteral("response"),
                             body.isObject() ? QJsonValue(body.object())
                                             : QJsonValue(QString::fromUtf8(answer.body))}};
        if (!request->newKey.isEmpty())
            printed.insert(QStringLiteral("new_id"), request->newKey);
        context.printJson(printed);
    } else {
        context.out << "HTTP " << answer.status << ' ' << answer.reason << " from "
                    << request->url.toDisplayString() << '\n';
        if (!request->newKey.isEmpty())
            context.out << "new id: " << request->newKey << '\n';
        context.out << QString::fromUtf8(answer.body) << Qt::endl;
    }
    if (!answer.succeeded())
        return context.error(QStringLiteral("the catcher answered %1").arg(answer.status));
    return ExitOk;
}

} // namespace hb::cli
