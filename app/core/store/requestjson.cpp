#include "requestjson.h"

#include "headersjson.h"

#include <QStringDecoder>

namespace hb::store {
namespace {

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(decoder.decode(bytes));
    return !decoder.hasError();
}

} // namespace

QJsonObject requestToJson(const QByteArray &method, const QByteArray &target,
                          const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QByteArray &body)
{
    QJsonObject headerObject;
    for (const auto &[name, value] : headers) {
        const QString key = headerText(name);
        // A repeated header reads as one, its values joined as HTTP allows.
        const QString previous = headerObject.value(key).toString();
        headerObject.insert(key, previous.isEmpty()
                                     ? headerText(value)
                                     : previous + QStringLiteral(", ") + headerText(value));
    }
    QJsonObject request{
        {QStringLiteral("method"), QString::fromUtf8(method)},
        {QStringLiteral("target"), headerText(target)},
        {QStringLiteral("headers"), headerObject},
    };
    if (isUtf8(body)) {
        request.insert(QStringLiteral("body"), QString::fromUtf8(body));
    } else {
        request.insert(QStringLiteral("body"), QString::fromLatin1(body.toBase64()));
        request.insert(QStringLiteral("body_encoding"), QStringLiteral("base64"));
    }
    return request;
}

} // namespace hb::store
