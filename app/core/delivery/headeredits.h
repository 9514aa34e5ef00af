#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace hb::delivery {

// A tester's change to the headers a request is built with: a header replaced (a wrong
// x-api-key, a stale webhook-timestamp), added (any name) or removed (x-encrypted left out).
// The Sender page and the batch apply the same edits, after SampleRequestBuilder has made the
// headers the webhook asks for, so an edit always wins over what the webhook would send.
struct HeaderEdit {
    QByteArray name;
    QByteArray value;
    bool remove = false;

    HeaderEdit() = default;
    HeaderEdit(QByteArray headerName, QByteArray headerValue, bool removeIt = false)
        : name(std::move(headerName))
        , value(std::move(headerValue))
        , remove(removeIt)
    {}
    bool operator==(const HeaderEdit &other) const = default;
};
using HeaderEdits = QList<HeaderEdit>;

class HeaderEditor {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // Names compare case-insensitively (RFC 9110). A removal drops every header of its name; a
    // value replaces the first header of its name in place (and drops any repeats) or is
    // appended when there is none. Edits apply in order, so a later one wins.
    static Headers apply(Headers headers, const HeaderEdits &edits);
};

} // namespace hb::delivery
