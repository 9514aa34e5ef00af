// `hookbench send --webhook NAME [--data FILE] [--url URL]` (SPEC §7): a tester's sample request,
// with the webhook's API key, encryption and signature, sent over real HTTP by the Sender page's
// own client (delivery::HttpSender), so that both send the same request and fail in the same words.
#include "commandoptions.h"
#include "commands.h"
#include "sendinputs.h"

#include "delivery/httpsender.h"
#include "delivery/samplerequestbuilder.h"
#include "services/records.h"
#include "services/webhookservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace hb::cli {
namespace {

// --data FILE, else the payload caught as the webhook's sample.
Result<QByteArray> payloadToSend(const CommandOptions &options, services::WebhookService &webhooks,
                                 qint64 webhookId)
{
    const Result<std::optional<QByteArray>> data = SendInputs::dataFile(options);
    if (!data)
        return data.failure();
    if (*data)
        return **data;
    if (std::optional<QByteArray> sample = SendInputs::samplePayload(webhooks, webhookId))
        return *sample;
    return fail(QStringLiteral("nothing to send: give --data FILE (this webhook has no caught "
                               "sample yet)"));
}

} // namespace

int runSendCommand(CommandContext &context, const QStringList &arguments)
{
    if (arguments.contains(QStringLiteral("--batch")))
        return runSendBatchCommand(context, arguments);
    if (arguments.contains(QStringLiteral("--negative")))
        return runSendNegativeCommand(context, arguments);
    const Result<CommandOptions> options = CommandOptions::parse(
        arguments, {QStringLiteral("--webhook"), QStringLiteral("--data"), QStringLiteral("--url"),
                    QStringLiteral("--content-type")});
    if (!options)
        return context.error(options.error(), ExitUsage);
    if (!options->has(QStringLiteral("--webhook")) || !options->positional().isEmpty())
        return context.error(QStringLiteral("usage: send --webhook NAME [--data FILE] [--url URL]"),
                             ExitUsage);

    services::Connection db(context.dbLocation);
    if (const Status opened = db.open(); !opened)
        return context.error(opened.error());
    services::WebhookService webhooks(db);
    const auto found = webhooks.find(options->value(QStringLiteral("--webhook")));
    if (!found)
        return context.error(found.error());
    const mapping::Webhook &webhook = *found;

    const Result<QByteArray> payload = payloadToSend(*options, webhooks, webhook.id);
    if (!payload)
        return context.error(payload.error());
    const QByteArray contentType = options->has(QStringLiteral("--content-type"))
                                       ? options->value(QStringLiteral("--content-type")).toUtf8()
                                       : QByteArray("application/json");
    const delivery::SampleRequest sample = delivery::SampleRequestBuilder::build(
        webhook, *payload, contentType, QDateTime::currentDateTimeUtc());

    const QUrl url = SendInputs::targetUrl(*options, webhook.token);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return context.error(QStringLiteral("--url must be an http:// or https:// URL"), ExitUsage);
    // Certificates are verified: the command has no switch to turn that off.
    delivery::HttpSender sender;
    const delivery::SendAnswer answer = sender.sendAndWait(url, sample.headers, sample.body);
    if (!answer.answered())
        return context.error(answer.error);
    const int status = answer.status;
    if (context.json) {
        const QJsonDocument answerJson = QJsonDocument::fromJson(answer.body);
        context.printJson(QJsonObject{
            {QStringLiteral("url"), url.toDisplayString()},
            {QStringLiteral("status"), status},
            {QStringLiteral("response"), answerJson.isObject()
                                             ? QJsonValue(answerJson.object())
                                             : QJsonValue(QString::fromUtf8(answer.body))},
        });
    } else {
        context.out << "HTTP " << status << ' ' << answer.reason << " from "
                    << url.toDisplayString() << '\n'
                    << QString::fromUtf8(answer.body) << Qt::endl;
    }
    if (status < 200 || status > 299)
        return context.error(QStringLiteral("the catcher answered %1").arg(status));
    return ExitOk;
}

} // namespace hb::cli
