#pragma once

#include "httprequest.h"

#include <functional>

namespace hb::http {

// What the catcher hands each complete request to. The server knows HTTP; the handler knows
// webhooks. `respond` may be called later and from any thread (the 202 waits for the writer's
// commit); the server marshals it back to the connection's thread and keeps pipelined answers
// in request order.
class RequestHandler {
public:
    using Responder = std::function<void(HttpResponse)>;
    virtual ~RequestHandler() = default;
    virtual void handle(HttpRequest request, Responder respond) = 0;
    // A request refused while it was read (a strict-HTTP rule broken: SPEC §3), with what could
    // be read of it (method, target, headers; no body). The server has answered and closes the
    // connection; this is for the refused log.
    virtual void refusedWhileReading(const HttpRequest &partial, int status, const QString &reason)
    {
        (void)partial;
        (void)status;
        (void)reason;
    }
};

} // namespace hb::http
