#include "sendinputs.h"

#include "delivery/webhookurl.h"
#include "payload/jsonwriter.h"
#include "services/webhookservice.h"

#include <QFile>
#include <QJsonObject>

#include <cstdio>

namespace hb::cli {

QUrl SendInputs::targetUrl(const CommandOptions &options, const QString &token)
{
    if (!options.has(QStringLiteral("--url")))
        return QUrl(delivery::WebhookUrl::forToken(token));
    QUrl url(options.value(QStringLiteral("--url")));
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/hooks/") + token);
    return url;
}

Result<std::optional<QByteArray>> SendInputs::dataFile(const CommandOptions &options)
{
    if (!options.has(QStringLiteral("--data")))
        return std::optional<QByteArray>();
    const QString path = options.value(QStringLiteral("--data"));
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return std::optional<QByteArray>(file.readAll());
}

std::optional<QByteArray> SendInputs::samplePayload(services::WebhookService &webhooks,
                                                    qint64 webhookId)
{
    const Result<QJsonObject> sample = webhooks.sample(webhookId);
    const QJsonValue payload = sample ? sample->value(QLatin1String("payload")) : QJsonValue();
    // JsonWriter: the sample's numbers are sent with every digit they were caught with.
    if (payload.isObject() || payload.isArray())
        return hb::payload::JsonWriter::write(payload);
    return std::nullopt;
}

} // namespace hb::cli
