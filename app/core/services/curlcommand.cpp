#include "curlcommand.h"

#include "deliveryreplay.h"

#include <QStringDecoder>
#include <QStringList>

namespace hb::services {
namespace {

using Headers = SecretMask::Headers;

bool hasHeader(const Headers &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The -H words: every header sent, then curl's own defaults turned off where the request had
// none of them (an empty value after the colon tells curl to send no such header).
QStringList headerWords(const Headers &headers, bool withBody)
{
    QStringList words;
    for (const auto &[name, value] : headers) {
        if (DeliveryReplay::isConnectionHeader(name))
            continue;
        // "Name:" would remove the header; curl sends an empty one as "Name;".
        const QString header =
            value.isEmpty() ? QString(headerText(name) + QLatin1Char(';'))
                            : QString(headerText(name) + QStringLiteral(": ") + headerText(value));
        words << QStringLiteral("-H ") + CurlCommand::quote(header);
    }
    QList<QByteArrayView> defaults{"User-Agent", "Accept", "Expect"};
    if (withBody)
        defaults << "Content-Type";
    for (const QByteArrayView name : std::as_const(defaults)) {
        if (!hasHeader(headers, name))
            words << QStringLiteral("-H ")
                         + CurlCommand::quote(QString::fromLatin1(name) + QLatin1Char(':'));
    }
    return words;
}

} // namespace

QString CurlCommand::quote(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool CurlCommand::bodyIsText(const QByteArray &body)
{
    if (body.startsWith('@'))
        return false;
    for (const char c : body) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\n' && c != '\t') || byte == 0x7f)
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(decoder.decode(body));
    return !decoder.hasError();
}

QString CurlCommand::of(const DeliveryRecord &record, const QUrl &url, Secrets secrets)
{
    const Headers headers =
        secrets == Secrets::Masked ? SecretMask::headers(record.headers) : record.headers;
    const QByteArray method = record.method.isEmpty() ? QByteArray("POST") : record.method;
    // A POST with no body still sends one (Content-Length: 0); a GET sends none.
    const bool withBody = !record.body.isEmpty() || method != "GET";
    const bool text = bodyIsText(record.body);
    QStringList words{QStringLiteral("curl")};
    // curl infers POST from --data-binary and GET without it; -X only for another method.
    if (method != (withBody ? QByteArray("POST") : QByteArray("GET")))
        words << QStringLiteral("-X ") + quote(QString::fromUtf8(method));
    // Key-like query parameters are masked like the target `delivery show` prints.
    const QString address = url.toString(QUrl::FullyEncoded);
    words << QStringLiteral("--globoff")
          << quote(secrets == Secrets::Masked ? SecretMask::target(address) : address);
    words << headerWords(headers, withBody);
    if (withBody)
        words << QStringLiteral("--data-binary ")
                     + (text ? quote(QString::fromUtf8(record.body)) : QStringLiteral("@-"));
    const QString command = words.join(QStringLiteral(" \\\n  "));
    if (!withBody || text)
        return command;
    return QStringLiteral("printf '%s' ") + quote(QString::fromLatin1(record.body.toBase64()))
           + QStringLiteral(" | base64 -d | ") + command;
}

} // namespace hb::services
