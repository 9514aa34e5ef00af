#pragma once

// What of a request is secret, and how it is shown (SPEC §3: secrets are not shown by default).
// Every front end that prints a request (`delivery show`, `refused`, serve's stderr, the window)
// goes through here, so the list of secret names and the mask's shape are decided once.
#include "records.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace hb::services {

// Whether a display shows secrets: masked unless someone asked (`--reveal`, "Reveal secrets").
enum class Secrets { Masked, Revealed };

class SecretMask {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // Header names compared without case: x-api-key, the signature headers, authorization,
    // proxy-authorization and cookie.
    static bool isSecretHeader(QStringView name);
    // Query parameters that carry a key the way a header would (`?api_key=…`).
    static bool isSecretParameter(QStringView name);

    // The shape of a secret without the secret: its first characters (at most 4, and never more
    // than a quarter of it) and its length, "k3y-…(36 chars)". Enough for support staff to tell
    // "the sender uses the old key" from "the sender uses another key", not enough to reuse it.
    static QString token(const QString &secret);
    // The value of header `name` as shown: unchanged unless the header is secret. A signature
    // keeps its scheme ("v1,ab12…(44 chars)"), an Authorization its scheme ("Bearer …"), a
    // cookie its names.
    static QString headerValue(QStringView name, const QString &value);
    // A request target with the values of secret query parameters masked.
    static QString target(const QString &target);

    // Copies with the secrets masked (header values re-encoded as UTF-8); the stored values are
    // never changed, masking is for display only.
    static Headers headers(const Headers &headers);
    static DeliveryRecord record(DeliveryRecord record);
    static RejectedRequest refused(RejectedRequest request);
};

} // namespace hb::services
