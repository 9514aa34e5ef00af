// `hookbench send --webhook NAME [--data FILE] [--url URL]` (SPEC §7): a tester's sample request,
// with the webhook's API key, encryption and signature, sent over real HTTP by the Sender page's
// own client (delivery::HttpSender), so that both send the same request and fail in the same words.
#include "commandoptions.h"
#include "commands.h"
#include "delivery/webhookurl.h"

#include "delivery/httpsender.h"
#include "delivery/samplerequestbuilder.h"
#include "payload/jsonwriter.h"
#include "services/records.h"
#include "services/webhookservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace hb::cli {
namespace {

// --data FILE ("-" reads standard input), else the payload caught as the webhook's sample.
Result<QByteArray> payloadToSend(const CommandOptions &options, services::WebhookService &webhooks,
                                 qint64 webhookId)
{
    if (options.has(QStringLiteral("--data"))) {
        const QString path = options.value(QStringLiteral("--data"));
        QFile file;
        const bool opened = path == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened)
            return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return file.readAll();
    }
    const Result<QJsonObject> sample = webhooks.sample(webhookId);
    if (!sample)
        return sample.failure();
    const QJsonValue payload = sample->value(QLatin1String("payload"));
    // JsonWriter: the sample's numbers are sent with every digit they were caught with.
    if (payload.isObject() || payload.isArray())
        return hb::payload::JsonWriter::write(payload);
    return fail(QStringLiteral("nothing to send: give --data FILE (this webhook has no caught "
                               "sample yet)"));
}

// --url may be the catcher's address ("http://host:port") or a webhook URL itself.
QUrl targetUrl(const CommandOptions &options, const QString &token)
{
    if (!options.has(QStringLiteral("--url")))
        return QUrl(delivery::WebhookUrl::forToken(token));
    QUrl url(options.value(QStringLiteral("--url")));
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/hooks/") + token);
    return url;
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

    const QUrl url = targetUrl(*options, webhook.token);
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
