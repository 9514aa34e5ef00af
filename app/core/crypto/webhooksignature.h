#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hb::crypto {

// Standard Webhooks signatures (https://www.standardwebhooks.com/), SPEC §2.
class WebhookSignature {
public:
    // secret: "whsec_" + base64 key (the prefix is optional on input). The signature header
    // holds one or more space-separated "v1,<base64 HMAC-SHA256 of id.timestamp.body>"; one
    // valid is enough. The timestamp (unix seconds) must be within 5 minutes of `now`. Errors
    // name what is wrong: missing header (which), timestamp outside the window, no valid
    // signature.
    static hb::Status verify(const QString &secret, const QByteArray &id,
                             const QByteArray &timestamp, const QByteArray &body,
                             const QByteArray &signatureHeader, const QDateTime &now);
    // "v1,<base64>"; empty when the secret is not valid base64.
    static QByteArray sign(const QString &secret, const QByteArray &id, qint64 timestamp,
                           const QByteArray &body);
    static bool isValidSecret(const QString &secret); // whsec_ + base64 of 24..64 bytes

    static constexpr qint64 toleranceSeconds = 5 * 60;
};

} // namespace hb::crypto
