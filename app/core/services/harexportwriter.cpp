#include "harexportwriter.h"

#include "common/version.h"
#include "delivery/deliverysummary.h"
#include "delivery/webhookurl.h"
#include "payload/jsonwriter.h"

#include <QJsonArray>
#include <QStringDecoder>
#include <QUrl>

namespace hb::services {
namespace {

using Headers = SecretMask::Headers;

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(decoder.decode(bytes));
    return !decoder.hasError();
}

QByteArray firstHeader(const Headers &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonArray nameValues(const Headers &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonObject{{QStringLiteral("name"), headerText(name)},
                                 {QStringLiteral("value"), headerText(value)}});
    return array;
}

// The target's parameters, decoded; `+` stays as sent (it is a space only in form bodies).
QJsonArray queryString(const QString &target)
{
    QJsonArray array;
    const qsizetype question = target.indexOf(QLatin1Char('?'));
    if (question < 0)
        return array;
    for (const QString &pair : target.mid(question + 1).split(QLatin1Char('&'))) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? pair : pair.left(equals);
        const QString value = equals < 0 ? QString() : pair.mid(equals + 1);
        array.append(
            QJsonObject{{QStringLiteral("name"), QUrl::fromPercentEncoding(name.toUtf8())},
                        {QStringLiteral("value"), QUrl::fromPercentEncoding(value.toUtf8())}});
    }
    return array;
}

QJsonArray cookies(const Headers &headers)
{
    QJsonArray array;
    const QString header = headerText(firstHeader(headers, "cookie"));
    for (const QString &pair : header.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = pair.trimmed();
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        array.append(QJsonObject{
            {QStringLiteral("name"), equals < 0 ? trimmed : trimmed.left(equals)},
            {QStringLiteral("value"), equals < 0 ? QString() : trimmed.mid(equals + 1)}});
    }
    return array;
}

// The full URL: the scheme the webhook URLs use (TLS is not recorded per request), the host the
// sender named, the target as received.
QString requestUrl(const Headers &headers, const QString &target, const QString &origin)
{
    const QString host = headerText(firstHeader(headers, "host"));
    if (host.isEmpty())
        return origin + target;
    return origin.left(origin.indexOf(QLatin1String("://")) + 3) + host + target;
}

QJsonObject request(const DeliveryRecord &record, Secrets secrets, const QString &origin)
{
    const Headers headers =
        secrets == Secrets::Masked ? SecretMask::headers(record.headers) : record.headers;
    const QString target = secrets == Secrets::Masked
                               ? SecretMask::target(headerText(record.target))
                               : headerText(record.target);
    QJsonObject request{
        {QStringLiteral("method"), QString::fromUtf8(record.method)},
        {QStringLiteral("url"), requestUrl(headers, target, origin)},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), cookies(headers)},
        {QStringLiteral("headers"), nameValues(headers)},
        {QStringLiteral("queryString"), queryString(target)},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), record.body.size()},
    };
    if (record.body.isEmpty())
        return request;
    QJsonObject postData{
        {QStringLiteral("mimeType"), headerText(firstHeader(record.headers, "content-type"))}};
    if (isUtf8(record.body)) {
        postData.insert(QStringLiteral("text"), QString::fromUtf8(record.body));
    } else {
        postData.insert(QStringLiteral("text"), QString::fromLatin1(record.body.toBase64()));
        postData.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
        postData.insert(QStringLiteral("comment"),
                        QStringLiteral("the body is not UTF-8 text: base64 of its bytes"));
    }
    request.insert(QStringLiteral("postData"), postData);
    return request;
}

// The catcher's answer as HttpResponse::serialize writes it (see the class comment).
QJsonObject response(const DeliveryRecord &record)
{
    const QByteArray body = delivery::DeliverySummary::acceptedBody(record, false);
    const bool close = headerText(firstHeader(record.headers, "connection"))
                           .contains(QLatin1String("close"), Qt::CaseInsensitive);
    const Headers headers{{"Content-Type", "application/json"},
                          {"Content-Length", QByteArray::number(body.size())},
                          {"Connection", close ? "close" : "keep-alive"}};
    qint64 headersSize = QByteArrayView("HTTP/1.1 202 Accepted\r\n\r\n").size();
    for (const auto &[name, value] : headers)
        headersSize += name.size() + 2 + value.size() + 2;
    return {
        {QStringLiteral("status"), 202},
        {QStringLiteral("statusText"), QStringLiteral("Accepted")},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), nameValues(headers)},
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("size"), body.size()},
                     {QStringLiteral("mimeType"), QStringLiteral("application/json")},
                     {QStringLiteral("text"), QString::fromUtf8(body)}}},
        {QStringLiteral("redirectURL"), QString()},
        {QStringLiteral("headersSize"), headersSize},
        {QStringLiteral("bodySize"), body.size()},
        {QStringLiteral("comment"),
         QStringLiteral("reconstructed: the 202 the catcher gives every stored delivery (SPEC "
                        "§3); answers are not stored")},
    };
}

} // namespace

HarExportWriter::HarExportWriter(QIODevice &out, Secrets secrets)
    : ExportWriter(out, secrets)
    , m_origin(defaultOrigin())
{}

QString HarExportWriter::defaultOrigin()
{
    const QUrl base(delivery::WebhookUrl::forToken(QString()));
    return base.scheme() + QStringLiteral("://") + base.authority();
}

QJsonObject HarExportWriter::entry(const DeliveryRecord &record, Secrets secrets,
                                   const QString &origin)
{
    return {
        {QStringLiteral("startedDateTime"), record.receivedAt},
        {QStringLiteral("time"), 0},
        {QStringLiteral("request"),
         request(record, secrets, origin.isEmpty() ? defaultOrigin() : origin)},
        {QStringLiteral("response"), response(record)},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("blocked"), -1},
                                                {QStringLiteral("dns"), -1},
                                                {QStringLiteral("connect"), -1},
                                                {QStringLiteral("ssl"), -1},
                                                {QStringLiteral("send"), 0},
                                                {QStringLiteral("wait"), 0},
                                                {QStringLiteral("receive"), 0}}},
        {QStringLiteral("comment"),
         QStringLiteral("delivery %1 (%2): the time taken is not recorded")
             .arg(record.id)
             .arg(deliveryStatusName(record.status))},
        // Custom fields start with an underscore (HAR 1.2).
        {QStringLiteral("_deliveryId"), record.id},
        {QStringLiteral("_webhook"), record.webhookName},
        {QStringLiteral("_status"), deliveryStatusName(record.status)},
    };
}

hb::Status HarExportWriter::begin()
{
    m_first = true;
    const QJsonObject creator{{QStringLiteral("name"), QStringLiteral("Hookbench")},
                              {QStringLiteral("version"), hb::version()}};
    const QByteArray head = payload::JsonWriter::write(creator);
    return put(QByteArrayLiteral(R"({"log":{"version":"1.2","creator":)") + head
               + QByteArrayLiteral(R"(,"entries":[)"));
}

hb::Status HarExportWriter::write(const DeliveryRecord &record)
{
    QByteArray line = m_first ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n");
    m_first = false;
    line += payload::JsonWriter::write(entry(record, m_secrets, m_origin));
    return put(line);
}

hb::Status HarExportWriter::finish()
{
    if (hb::Status done = put(QByteArrayLiteral("\n]}}\n")); !done)
        return done;
    return flush();
}

} // namespace hb::services
