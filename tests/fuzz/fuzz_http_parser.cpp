// libFuzzer harness for the HTTP parser adapter: random bytes, split at a random point the way
// sockets split them, must never crash, hang or yield a request that breaks its own limits.
#include "http/httpparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    hb::http::HttpLimits limits;
    limits.maxBodySize = 4096;
    limits.maxHeaderSize = 2048;
    limits.maxTargetSize = 512;
    hb::http::HttpParser parser(limits);
    // The first byte picks where the stream is cut into two feeds.
    const size_t cut = size > 1 ? data[0] % size : 0;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const size_t length = size - 1;
    const size_t first = cut < length ? cut : length;
    QList<hb::http::ParseEvent> events = parser.feed(bytes, qsizetype(first));
    events += parser.feed(bytes + first, qsizetype(length - first));
    bool sawError = false;
    for (const hb::http::ParseEvent &event : events) {
        if (sawError)
            std::abort(); // nothing may follow an error
        switch (event.kind) {
        case hb::http::ParseEvent::Kind::Error:
            sawError = true;
            if (event.status != 400 && event.status != 413 && event.status != 414
                && event.status != 431)
                std::abort();
            break;
        case hb::http::ParseEvent::Kind::Request:
            if (event.request.body.size() > limits.maxBodySize
                || event.request.target.size() > limits.maxTargetSize
                || event.request.method.isEmpty())
                std::abort();
            break;
        case hb::http::ParseEvent::Kind::Continue:
            break;
        }
    }
    return 0;
}
