#include "payloaddecoder.h"

#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hb::payload {

namespace {

// "Application/JSON; charset=utf-8" -> "application/json".
QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool isJsonType(const QByteArray &type)
{
    return type == "application/json" || type == "text/json"
           || (type.startsWith("application/") && type.endsWith("+json"));
}

// The Content-Type as it may appear in a one-line message: short and printable.
QString printable(const QByteArray &contentType)
{
    const QByteArray trimmed = contentType.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("none");
    QString text;
    for (const char c : trimmed.left(100))
        text.append(c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : QChar(u'?'));
    if (trimmed.size() > 100)
        text.append(QStringLiteral("..."));
    return text;
}

} // namespace

QJsonObject PayloadDecoder::decodeForm(const QByteArray &form)
{
    QJsonObject object;
    const QList<QByteArray> pairs = form.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const auto decodePart = [](QByteArray part) {
            part.replace('+', ' ');
            return JsonReader::wireString(QString::fromUtf8(QByteArray::fromPercentEncoding(part)));
        };
        const QString key = decodePart(equals < 0 ? pair : pair.left(equals));
        const QString value = decodePart(equals < 0 ? QByteArray() : pair.mid(equals + 1));
        const auto existing = object.constFind(key);
        if (existing == object.constEnd()) {
            object.insert(key, value);
        } else if (existing->isArray()) {
            QJsonArray values = existing->toArray();
            values.append(value);
            object.insert(key, values);
        } else {
            object.insert(key, QJsonArray{existing->toString(), value});
        }
    }
    return object;
}

hb::Result<QJsonValue> PayloadDecoder::decode(const QByteArray &body, const QByteArray &contentType,
                                              const QByteArray &query)
{
    if (body.trimmed().isEmpty())
        return QJsonValue(decodeForm(query));

    const QByteArray type = mediaType(contentType);
    // Some Windows tools start UTF-8 with a byte order mark, which JSON parsers refuse.
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray text = body.startsWith(bom) ? body.mid(bom.size()) : body;
    if (type == "application/x-www-form-urlencoded") {
        // `curl -d '{...}'` labels JSON as a form: "any body that parses as JSON" is JSON
        // (SPEC §5). A real form body never starts with '{' or '['.
        const QByteArray start = text.trimmed().left(1);
        if (start == "{" || start == "[") {
            if (std::optional<QJsonValue> json = JsonReader::read(text))
                return *std::move(json);
        }
        return QJsonValue(decodeForm(body));
    }

    // Every digit of a number as sent (SPEC §1): JsonReader keeps what a double cannot hold.
    JsonReader::Error error;
    if (std::optional<QJsonValue> json = JsonReader::read(text, &error))
        return *std::move(json);
    if (isJsonType(type)) {
        return hb::fail(QStringLiteral("body is not valid JSON: %1 at offset %2")
                            .arg(error.message)
                            .arg(error.offset),
                        ErrorKind::UnreadableBody);
    }
    return hb::fail(QStringLiteral("unsupported body (Content-Type: %1); send JSON or form data")
                        .arg(printable(contentType)),
                    ErrorKind::UnreadableBody);
}

} // namespace hb::payload
