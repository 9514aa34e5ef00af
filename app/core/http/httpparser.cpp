#include "httpparser.h"

#include <QUrl>

#include <http_parser.h>

#include <atomic>

namespace hb::http {
namespace {

// Our own status for a callback that stops the parser; the library only knows "callback failed".
struct Stop {
    int status = 0;
    QString message;
};

} // namespace

struct HttpParser::Private {
    HttpLimits limits;
    http_parser parser{};
    http_parser_settings settings{};
    QList<ParseEvent> events;
    HttpRequest current;
    QByteArray headerField, headerValue;
    bool lastWasValue = false;
    qint64 headerBytes = 0;
    bool started = false;
    bool failed = false;
    Stop stop;

    static Private *self(http_parser *parser) { return static_cast<Private *>(parser->data); }

    int abort(int status, QString message)
    {
        stop = {status, std::move(message)};
        return -1;
    }

    // Counted from what the callbacks see (the library's own counter is process-wide and reset
    // mid-message), so that an oversized section is caught even when it trickles in.
    int countHeaderBytes(qint64 bytes)
    {
        headerBytes += bytes;
        if (headerBytes > limits.maxHeaderSize)
            return abort(431, QStringLiteral("the request header section is larger than %1 bytes")
                                  .arg(limits.maxHeaderSize));
        return 0;
    }

    void flushHeader()
    {
        if (!headerField.isEmpty()) {
            // name, ": ", value, CRLF
            headerBytes += 4;
            current.headers.append({headerField, headerValue.trimmed()});
        }
        headerField.clear();
        headerValue.clear();
    }

    void begin()
    {
        current = HttpRequest();
        headerField.clear();
        headerValue.clear();
        lastWasValue = false;
        headerBytes = 0;
        started = true;
    }

    int onHeadersComplete()
    {
        flushHeader();
        if (int rc = countHeaderBytes(0); rc != 0)
            return rc;
        // The library's names are static strings: shared, not copied for every request.
        const char *method = http_method_str(static_cast<http_method>(parser.method));
        current.method = QByteArray::fromRawData(method, qsizetype(qstrlen(method)));
        http_parser_url url;
        http_parser_url_init(&url);
        const QByteArray &target = current.target;
        const bool connect = parser.method == HTTP_CONNECT;
        if (http_parser_parse_url(target.constData(), size_t(target.size()), connect ? 1 : 0, &url)
            != 0)
            return abort(400, QStringLiteral("the request target is not a valid URL"));
        if (url.field_set & (1 << UF_PATH)) {
            const auto offset = url.field_data[UF_PATH].off;
            const auto length = url.field_data[UF_PATH].len;
            // Most targets are a plain path: then it is the target itself, shared, not copied.
            current.path =
                offset == 0 && length == target.size() ? target : target.mid(offset, length);
            if (current.path.contains('%'))
                current.path = QByteArray::fromPercentEncoding(current.path);
        }
        if (url.field_set & (1 << UF_QUERY))
            current.query = target.mid(url.field_data[UF_QUERY].off, url.field_data[UF_QUERY].len);

        const bool hasLength = parser.flags & F_CONTENTLENGTH;
        if (hasLength && parser.content_length > quint64(limits.maxBodySize))
            return abort(
                413,
                QStringLiteral("the request body is larger than %1 bytes").arg(limits.maxBodySize));
        if (current.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0
            && parser.http_minor >= 1) {
            ParseEvent event;
            event.kind = ParseEvent::Kind::Continue;
            events.append(event);
        }
        if (hasLength && parser.content_length > 0)
            current.body.reserve(qsizetype(parser.content_length));
        return 0;
    }

    int onMessageComplete()
    {
        current.keepAlive = http_should_keep_alive(&parser) != 0;
        current.receivedAt = QDateTime::currentDateTimeUtc();
        ParseEvent event;
        event.kind = ParseEvent::Kind::Request;
        event.request = std::move(current);
        events.append(std::move(event));
        current = HttpRequest();
        started = false;
        return 0;
    }
};

HttpParser::HttpParser(const HttpLimits &limits)
    : d(std::make_unique<Private>())
{
    d->limits = limits;
    // The library's own cap (80 KiB by default) is process-wide; ours is per parser and
    // normally smaller. Only raise the library's when a larger limit is configured.
    static std::atomic<qint64> libraryCap{80 * 1024};
    if (const qint64 wanted = 2 * limits.maxHeaderSize; wanted > libraryCap.load()) {
        libraryCap = wanted;
        http_parser_set_max_header_size(uint32_t(qMin<qint64>(wanted, UINT32_MAX / 2)));
    }
    http_parser_init(&d->parser, HTTP_REQUEST);
    d->parser.data = d.get();
    http_parser_settings_init(&d->settings);
    d->settings.on_message_begin = [](http_parser *p) {
        Private::self(p)->begin();
        return 0;
    };
    d->settings.on_url = [](http_parser *p, const char *at, size_t length) {
        Private *self = Private::self(p);
        self->current.target.append(at, qsizetype(length));
        if (self->current.target.size() > self->limits.maxTargetSize)
            return self->abort(414, QStringLiteral("the request target is longer than %1 bytes")
                                        .arg(self->limits.maxTargetSize));
        return self->countHeaderBytes(qint64(length));
    };
    d->settings.on_header_field = [](http_parser *p, const char *at, size_t length) {
        Private *self = Private::self(p);
        if (self->lastWasValue) {
            self->flushHeader();
            self->lastWasValue = false;
        }
        self->headerField.append(at, qsizetype(length));
        return self->countHeaderBytes(qint64(length));
    };
    d->settings.on_header_value = [](http_parser *p, const char *at, size_t length) {
        Private *self = Private::self(p);
        self->lastWasValue = true;
        self->headerValue.append(at, qsizetype(length));
        return self->countHeaderBytes(qint64(length));
    };
    d->settings.on_headers_complete = [](http_parser *p) {
        return Private::self(p)->onHeadersComplete();
    };
    d->settings.on_body = [](http_parser *p, const char *at, size_t length) {
        Private *self = Private::self(p);
        if (self->current.body.size() + qint64(length) > self->limits.maxBodySize)
            return self->abort(413, QStringLiteral("the request body is larger than %1 bytes")
                                        .arg(self->limits.maxBodySize));
        self->current.body.append(at, qsizetype(length));
        return 0;
    };
    d->settings.on_message_complete = [](http_parser *p) {
        return Private::self(p)->onMessageComplete();
    };
}

HttpParser::~HttpParser() = default;

bool HttpParser::inRequest() const
{
    return d->started && !d->failed;
}

bool HttpParser::failed() const
{
    return d->failed;
}

QList<ParseEvent> HttpParser::feed(const char *data, qsizetype size)
{
    if (d->failed || size <= 0)
        return {};
    d->events.clear();
    const size_t parsed = http_parser_execute(&d->parser, &d->settings, data, size_t(size));
    const auto error = HTTP_PARSER_ERRNO(&d->parser);
    if (error != HPE_OK || (parsed != size_t(size) && !d->parser.upgrade)) {
        d->failed = true;
        ParseEvent event;
        event.kind = ParseEvent::Kind::Error;
        if (d->stop.status != 0) {
            event.status = d->stop.status;
            event.message = d->stop.message;
        } else if (error == HPE_HEADER_OVERFLOW) {
            event.status = 431;
            event.message = QStringLiteral("the request header section is too large");
        } else if (error == HPE_UNEXPECTED_CONTENT_LENGTH) {
            event.status = 400;
            event.message = QStringLiteral("malformed request: Content-Length together with "
                                           "Transfer-Encoding, or conflicting lengths");
        } else {
            event.status = 400;
            event.message = QStringLiteral("malformed request: %1")
                                .arg(QString::fromLatin1(http_errno_description(error)));
        }
        d->events.append(std::move(event));
    } else if (d->parser.upgrade) {
        // We speak no other protocol: whatever follows the upgrade request is not HTTP to us.
        d->failed = true;
        if (!d->events.isEmpty() && d->events.last().kind == ParseEvent::Kind::Request)
            d->events.last().request.keepAlive = false;
    }
    return std::exchange(d->events, {});
}

} // namespace hb::http
