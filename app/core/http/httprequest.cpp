#include "httprequest.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>

namespace hb::http {

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
                            .toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(int status, const QByteArray &compactJson)
{
    HttpResponse response;
    response.status = status;
    response.body = compactJson;
    return response;
}

const char *HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

// Made for every answer: appended in place, without a temporary per number.
QByteArray HttpResponse::serialize(bool keepAlive) const
{
    char digits[24];
    auto number = [&digits](qint64 value) {
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        return QByteArrayView(digits, end - digits);
    };
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 ";
    out += number(status);
    out += ' ';
    out += reasonPhrase(status);
    out += "\r\nContent-Type: ";
    out += contentType;
    out += "\r\nContent-Length: ";
    out += number(body.size());
    out += keepAlive ? "\r\nConnection: keep-alive" : "\r\nConnection: close";
    for (const auto &[name, value] : headers) {
        out += "\r\n";
        out += name;
        out += ": ";
        out += value;
    }
    out += "\r\n\r\n";
    out += body;
    return out;
}

} // namespace hb::http
