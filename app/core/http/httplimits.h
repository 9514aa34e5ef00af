#pragma once

#include <QtGlobal>

namespace hb::http {

// The catcher's limits (SPEC §3). Every one is configurable; the defaults are the contract.
struct HttpLimits {
    qint64 maxBodySize = 1024 * 1024; // 413 above this, also when Expect: 100-continue
    qint64 maxHeaderSize = 16 * 1024; // 431: request line + header section
    qint64 maxTargetSize = 8 * 1024;  // 414: request target
    int requestTimeoutMs = 30 * 1000; // 408: a started request not complete in time
    int idleTimeoutMs = 60 * 1000;    // a keep-alive connection with nothing to do is closed
    int maxConnections = 1024;        // connections at once; more are refused
    int maxPipelinedRequests = 64;    // parsed requests waiting for an answer per connection
    // Requests waiting for their answer over all connections, in bytes: past it no connection
    // reads until answers go out (RequestBudget), so memory stays bounded when the store is slow.
    qint64 maxBytesInFlight = 256 * 1024 * 1024;
};

} // namespace hb::http
