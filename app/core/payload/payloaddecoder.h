#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace hb::payload {

// Turns a request body into the payload the mappings read (SPEC §5).
class PayloadDecoder {
public:
    // Body empty (or only whitespace): the query parameters as an object of strings (repeated
    // key -> array of strings; no query -> {}). Content-Type application/x-www-form-urlencoded:
    // object of strings, repeated key -> array, percent- and '+'-decoding. Content-Type JSON
    // (application/json, application/*+json, charset params ignored) or any body that parses
    // as JSON: that JSON value (a top-level scalar too). JSON content type but invalid JSON:
    // error "body is not valid JSON: <what> at offset N". Anything else:
    // error "unsupported body (Content-Type: X); send JSON or form data".
    static hb::Result<QJsonValue> decode(const QByteArray &body, const QByteArray &contentType,
                                         const QByteArray &query);

    // "a=1&b=x+y&a=2" -> {"a": ["1", "2"], "b": "x y"}.
    static QJsonObject decodeForm(const QByteArray &form);
};

} // namespace hb::payload
