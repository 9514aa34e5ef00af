#pragma once

#include "records.h"
#include "secretmask.h"

#include <QString>
#include <QUrl>

namespace hb::services {

// A `curl` command line that sends a stored request as received (`delivery curl`, the window's
// Copy as curl): its method, every header but the connection's own (DeliveryReplay decides
// which), its body byte for byte, all quoted for a POSIX shell, so that pasting it into bash
// sends the stored bytes again.
//
// How it keeps to the bytes: a UTF-8 body without control characters (other than tab and
// newline) goes in single quotes, `--data-binary 'text'`, in which a POSIX shell changes nothing
// (a quote is written '\''). Any other body (binary, NUL bytes, CR, a leading @ that curl would
// read as a file name) is piped in as base64 and decoded by `base64 -d`, since a shell argument
// cannot hold a NUL byte: `printf '%s' '<base64>' | base64 -d | curl ... --data-binary @-`.
// Headers curl adds on its own (User-Agent, Accept, Content-Type with a body, Expect) are
// switched off with `-H 'Name:'` when the request had none, and `--globoff` keeps curl from
// reading [] and {} in the URL as ranges.
class CurlCommand {
public:
    // Secrets (API key, signatures) are masked as `delivery show` masks them unless Revealed:
    // a masked command shows what was sent but is refused by a webhook that checks them.
    static QString of(const DeliveryRecord &record, const QUrl &url,
                      Secrets secrets = Secrets::Masked);
    // One word quoted for a POSIX shell: 'it'\''s'.
    static QString quote(const QString &word);
    // True when the body goes on the command line as text; false when it is piped in as base64.
    static bool bodyIsText(const QByteArray &body);
};

} // namespace hb::services
