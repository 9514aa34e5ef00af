#pragma once

#include "delivery/headeredits.h"
#include "http/httplimits.h"
#include "mapping/webhook.h"

#include <QByteArray>
#include <QUrl>

namespace hb::ui {

// What the Compose tab says a send goes to and with, handed to the Batch and Negative cases
// tabs whenever it changes: the same webhook, URL, method, headers and sample on every tab.
struct SendTarget {
    mapping::Webhook webhook; // as stored (id 0: none chosen); the negative cases start from it
    mapping::Webhook applied; // what the tester ticked: key, encryption, signature left out or not
    QUrl url;
    QByteArray method = QByteArrayLiteral("POST");
    QByteArray contentType = QByteArrayLiteral("application/json");
    delivery::HeaderEdits headerEdits; // the tester's edits of the headers table
    QByteArray payload;                // the body in the editor (the sample unless edited)
    bool verifyCertificates = true;
    // The catcher's body limit when the URL is this window's catcher, else the default
    // (the oversized-body case sends one byte more).
    qint64 bodyLimit = http::HttpLimits{}.maxBodySize;

    bool isValid() const { return webhook.id != 0 && url.isValid(); }
};

} // namespace hb::ui
