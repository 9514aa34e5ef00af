#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace hb::http {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One complete HTTP request as the parser delivered it: the handler never sees partial framing.
struct HttpRequest {
    QByteArray method;  // "POST"
    QByteArray target;  // as sent: "/hooks/abc?x=1"
    QByteArray path;    // decoded path without the query: "/hooks/abc"
    QByteArray query;   // raw query without '?'
    HeaderList headers; // names as sent, in order
    QByteArray body;    // de-chunked
    // The sender's address as text ("127.0.0.1", "::1"), made once per connection and shared:
    // a QHostAddress here cost an allocation every time a request was made or reset.
    QString peer;
    QDateTime receivedAt;  // UTC, when the request was complete
    bool keepAlive = true; // false: the connection closes after the answer (HTTP/1.0, close)

    // First value of a header, by case-insensitive name; empty if absent.
    // A view: looking up "x-api-key" allocates nothing.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json"); // static: no allocation
    QByteArray body;
    HeaderList headers; // extra headers

    // A JSON error answer: {"error": message}.
    static HttpResponse error(int status, const QString &message);
    static HttpResponse json(int status, const QByteArray &compactJson);
    // "Not Found" etc.; "Unknown" for a code we never send.
    static const char *reasonPhrase(int status);
    // The bytes on the wire: status line, Content-Type, Content-Length, Connection, headers, body.
    QByteArray serialize(bool keepAlive) const;
};

} // namespace hb::http
