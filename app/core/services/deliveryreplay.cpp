#include "deliveryreplay.h"

#include "crypto/securerandom.h"
#include "crypto/webhooksignature.h"
#include "delivery/webhookurl.h"

namespace hb::services {
namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

bool is(QByteArrayView name, QByteArrayView wanted)
{
    return name.compare(wanted, Qt::CaseInsensitive) == 0;
}

void setHeader(Headers &headers, QByteArrayView name, const QByteArray &value)
{
    for (auto &[key, old] : headers) {
        if (is(key, name))
            old = value;
    }
}

bool hasHeader(const Headers &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (is(header.first, name))
            return true;
    }
    return false;
}

QByteArray firstHeader(const Headers &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (is(key, name))
            return value;
    }
    return {};
}

// A fresh id in each idempotency header the request had; the id both share when it had both.
QString renewKeys(Headers &headers, const QDateTime &now)
{
    if (!hasHeader(headers, "webhook-id") && !hasHeader(headers, "idempotency-key"))
        return {};
    // The shape SampleRequestBuilder gives a webhook-id ("msg_" + 192 random bits).
    const QByteArray id = "msg_" + crypto::SecureRandom::urlToken().toLatin1();
    setHeader(headers, "webhook-id", id);
    setHeader(headers, "idempotency-key", id);
    setHeader(headers, "webhook-timestamp", QByteArray::number(now.toSecsSinceEpoch()));
    return QString::fromLatin1(id);
}

} // namespace

bool DeliveryReplay::isConnectionHeader(QByteArrayView name)
{
    for (const char *header :
         {"host", "content-length", "transfer-encoding", "connection", "keep-alive",
          "proxy-connection", "te", "trailer", "upgrade", "expect"}) {
        if (is(name, header))
            return true;
    }
    return false;
}

hb::Result<QUrl> DeliveryReplay::url(const DeliveryRecord &record, const mapping::Webhook *webhook,
                                     const QString &url)
{
    const QString target = headerText(record.target);
    if (!url.isEmpty()) {
        QUrl given(url.trimmed());
        if (!given.isValid() || given.host().isEmpty()
            || (given.scheme() != QLatin1String("http")
                && given.scheme() != QLatin1String("https")))
            return hb::fail(
                QStringLiteral("the URL must be an http:// or https:// URL (got \"%1\")").arg(url));
        if (given.path().isEmpty() || given.path() == QLatin1String("/"))
            given = QUrl(given.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                        | QUrl::StripTrailingSlash)
                         + target);
        return given;
    }
    if (!webhook)
        return hb::fail(QStringLiteral("the webhook of delivery %1 was removed: give the URL to "
                                       "send it to")
                            .arg(record.id));
    const qsizetype question = target.indexOf(QLatin1Char('?'));
    return QUrl(delivery::WebhookUrl::forToken(webhook->token)
                + (question < 0 ? QString() : target.mid(question)));
}

hb::Result<ReplayRequest> DeliveryReplay::prepare(const DeliveryRecord &record,
                                                  const mapping::Webhook *webhook, const QUrl &url,
                                                  bool newId, const QDateTime &now)
{
    ReplayRequest request;
    request.url = url;
    request.method = record.method.isEmpty() ? QByteArray("POST") : record.method;
    request.body = record.body;
    for (const auto &header : record.headers) {
        if (!isConnectionHeader(header.first))
            request.headers.append(header);
    }
    if (!newId)
        return request;
    request.newKey = renewKeys(request.headers, now);
    if (webhook && !webhook->signingSecret.isEmpty()) {
        const QByteArray id = firstHeader(request.headers, "webhook-id");
        if (id.isEmpty())
            return hb::fail(
                QStringLiteral("delivery %1 has no webhook-id to sign again").arg(record.id));
        const QByteArray signature = crypto::WebhookSignature::sign(
            webhook->signingSecret, id, now.toSecsSinceEpoch(), request.body);
        if (!hasHeader(request.headers, "webhook-timestamp"))
            request.headers.append(
                {"webhook-timestamp", QByteArray::number(now.toSecsSinceEpoch())});
        if (!hasHeader(request.headers, "webhook-signature"))
            request.headers.append({"webhook-signature", signature});
        else
            setHeader(request.headers, "webhook-signature", signature);
    }
    return request;
}

} // namespace hb::services
