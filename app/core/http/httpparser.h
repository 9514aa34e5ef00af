#pragma once

#include "httplimits.h"
#include "httprequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace hb::http {

// What one feed() produced, in the order it happened on the wire.
struct ParseEvent {
    enum class Kind {
        Request,  // a complete request
        Continue, // the request announced Expect: 100-continue and its body fits: send 100 now
        Error,    // the stream is broken: answer `status` with `message`, then close
    };
    Kind kind = Kind::Request;
    HttpRequest request;
    int status = 0;
    QString message;
};

// The one adapter over libhttp-parser (the Node.js parser): fed bytes as they arrive, it yields
// complete requests (several per feed when pipelined) or the error status that ends the
// connection (400 malformed, CL+TE, conflicting lengths; 413; 414; 431). Nothing else in the code
// base parses HTTP, so the library can be swapped for llhttp behind this class.
class HttpParser {
public:
    explicit HttpParser(const HttpLimits &limits);
    ~HttpParser();
    HttpParser(const HttpParser &) = delete;
    HttpParser &operator=(const HttpParser &) = delete;

    // Consumes all of `data` unless an error ends the stream; after an Error event further
    // feeds return nothing.
    QList<ParseEvent> feed(const char *data, qsizetype size);
    QList<ParseEvent> feed(const QByteArray &data) { return feed(data.constData(), data.size()); }

    // A request has started (at least one byte) but is not complete: the 408 clock runs.
    bool inRequest() const;
    bool failed() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hb::http
