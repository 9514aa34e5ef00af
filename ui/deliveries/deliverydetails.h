#pragma once

#include "common/result.h"
#include "services/records.h"

#include <QString>

#include <optional>

namespace hb::ui {

// What the delivery details pane shows of one delivery, made on the StoreExecutor's thread: a body
// of up to 1 MiB is pretty-printed (or hex-dumped) and decrypted there, so that a click on a row
// never waits for it.
struct DeliveryDetails {
    // A body as people read it: pretty JSON, text, or a hex preview of binary bytes.
    struct Body {
        enum class Kind { Empty, Json, Text, Binary };
        Kind kind = Kind::Empty;
        qsizetype size = 0; // in bytes, as received
        QString text;
        static Body of(const QByteArray &bytes);
    };

    services::DeliveryRecord record;
    Body body;
    // Only for a webhook with encryption: the body as decrypted with the webhook's current key,
    // or why it did not decrypt (SampleRequest::fromDelivery does the work, as for the designer).
    std::optional<Body> decrypted;
    QString decryptionError;

    // The delivery `id` with its request; nullopt when there is no such delivery.
    static Result<std::optional<DeliveryDetails>> read(services::Connection &db, qint64 id);
    static DeliveryDetails of(services::DeliveryRecord record);
    // Bytes of a binary body shown in the hex preview.
    static constexpr qsizetype HexPreviewBytes = 512;
};

} // namespace hb::ui
