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
};

} // namespace hb::http
