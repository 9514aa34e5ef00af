#include "httpparser.h"

#include "requestheadcheck.h"

#include <QUrl>

#include <http_parser.h>

#include <atomic>
#include <optional>

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
    // Each head is checked whole (RequestHeadCheck) before the parser reads it; a head that
    // arrives in pieces waits here. Once the parser has read a head, it reads the body straight
    // from the wire until the request ends (then it pauses, and the next head is checked).
    RequestHeadCheck check;
    QByteArray headBuffer;
    bool inBody = false;
    // Set when the head broke a rule: the parser reads what it can of it (for the refused log)
    // and stops at the end of the head with this.
    std::optional<Stop> refusal;

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
        if (refusal) // the path is known now, for the refused log
            return abort(refusal->status, refusal->message);

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
        // Stop here: what follows is the next request's head, to be checked before it is read.
        http_parser_pause(&parser, 1);
        return 0;
    }

    void fail(int status, const QString &message, const HttpRequest &partial = {})
    {
        failed = true;
        ParseEvent event;
        event.kind = ParseEvent::Kind::Error;
        event.status = status;
        event.message = message;
        event.request = partial;
        events.append(std::move(event));
    }

    void failWithParserError(http_errno error)
    {
        if (stop.status != 0) {
            fail(stop.status, stop.message);
        } else if (error == HPE_HEADER_OVERFLOW) {
            fail(431, QStringLiteral("the request header section is too large"));
        } else if (error == HPE_UNEXPECTED_CONTENT_LENGTH) {
            fail(400, QStringLiteral("malformed request: Content-Length together with "
                                     "Transfer-Encoding, or conflicting lengths"));
        } else {
            fail(400, QStringLiteral("malformed request: %1")
                          .arg(QString::fromLatin1(http_errno_description(error))));
        }
    }

    // Runs the parser over `size` bytes; returns how many it took (all of them on an error).
    qsizetype execute(const char *data, qsizetype size)
    {
        const size_t parsed = http_parser_execute(&parser, &settings, data, size_t(size));
        const auto error = HTTP_PARSER_ERRNO(&parser);
        if (parser.upgrade && error == HPE_PAUSED) {
            // We speak no other protocol: whatever follows the upgrade request is not HTTP to us.
            failed = true;
            if (!events.isEmpty() && events.last().kind == ParseEvent::Kind::Request)
                events.last().request.keepAlive = false;
            return size;
        }
        if (error == HPE_PAUSED) { // a request ended: the next bytes are a new head
            http_parser_pause(&parser, 0);
            inBody = false;
            return qsizetype(parsed);
        }
        if (error != HPE_OK || parsed != size_t(size))
            failWithParserError(error);
        return size;
    }

    // Takes the head of the next request from `data`: checks it, then has the parser read it.
    // Returns the bytes taken.
    qsizetype takeHead(const char *data, qsizetype size)
    {
        const bool buffered = !headBuffer.isEmpty();
        if (buffered)
            headBuffer.append(data, size);
        const QByteArrayView head =
            buffered ? QByteArrayView(headBuffer) : QByteArrayView(data, size);
        switch (check.scan(head)) {
        case RequestHeadCheck::Verdict::NeedMore:
            if (!buffered)
                headBuffer = QByteArray(data, size);
            refuseIfTooLong();
            return size;
        case RequestHeadCheck::Verdict::Refused:
            refuse(head);
            return size;
        case RequestHeadCheck::Verdict::Complete:
            break;
        }
        const qsizetype headSize = check.headSize();
        // The head ends in these bytes: what follows it here is the body or the next request.
        const qsizetype taken = size - (head.size() - headSize);
        inBody = true;
        const qsizetype parsed = execute(head.constData(), headSize);
        if (!failed && parsed != headSize)
            fail(400, QStringLiteral("malformed request: the request head could not be read"));
        check.reset();
        headBuffer.clear();
        return failed ? size : taken;
    }

    void refuse(QByteArrayView head)
    {
        const QString rule = check.rule();
        refusal = Stop{check.status(),
                       check.status() == 400 ? QStringLiteral("malformed request: ") + rule : rule};
        // Read leniently only to learn the target and headers for the refused log; the
        // parser stops at the end of the head, if it gets there.
        (void)http_parser_execute(&parser, &settings, head.constData(), size_t(head.size()));
        flushHeader();
        if (current.method.isEmpty()) // the parser stopped before the end of the head
            current.method = methodOf(head);
        fail(refusal->status, refusal->message, current);
    }

    // The method word of a head the parser gave up on: what the refused log shows.
    static QByteArray methodOf(QByteArrayView head)
    {
        qsizetype start = 0;
        while (start < head.size() && (head.at(start) == '\r' || head.at(start) == '\n'))
            ++start;
        constexpr qsizetype longest = 16;
        const QByteArrayView rest = head.sliced(start).first(qMin(head.size() - start, longest));
        const qsizetype space = rest.indexOf(' ');
        return (space < 0 ? rest : rest.first(space)).toByteArray();
    }

    // A head that grows past the limits without ending: the parser says which limit (414 for
    // the target, 431 for the section), as it counts them.
    void refuseIfTooLong()
    {
        constexpr qsizetype requestLineRoom = 64; // method, spaces, version, CRLF
        const bool targetTooLong =
            !check.requestLineSeen() && headBuffer.size() > limits.maxTargetSize + requestLineRoom;
        if (!targetTooLong && headBuffer.size() <= limits.maxHeaderSize + requestLineRoom)
            return;
        (void)http_parser_execute(&parser, &settings, headBuffer.constData(),
                                  size_t(headBuffer.size()));
        if (stop.status != 0)
            return fail(stop.status, stop.message);
        fail(431, QStringLiteral("the request header section is larger than %1 bytes")
                      .arg(limits.maxHeaderSize));
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
    return (d->started || !d->headBuffer.isEmpty()) && !d->failed;
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
    qsizetype offset = 0;
    while (offset < size && !d->failed) {
        offset += d->inBody ? d->execute(data + offset, size - offset)
                            : d->takeHead(data + offset, size - offset);
    }
    return std::exchange(d->events, {});
}

} // namespace hb::http
