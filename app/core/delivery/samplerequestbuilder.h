#pragma once

#include "mapping/webhook.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace hb::delivery {

// A request as a tester's sender would make it for one webhook: its API key, its encryption
// (body encrypted, `x-encrypted: true`) and its Standard Webhooks signature over the body that
// is actually sent. Shared by `hookbench send` and the app's sender, so both send what the
// catcher accepts.
struct SampleRequest {
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

class SampleRequestBuilder {
public:
    // `plaintext` is the payload to send (JSON, form data, anything); `contentType` its type.
    static SampleRequest build(const mapping::Webhook &webhook, const QByteArray &plaintext,
                               const QByteArray &contentType, const QDateTime &now);
};

} // namespace hb::delivery
