#include "deliverydetails.h"

#include "common/jsontext.h"
#include "hexdump.h"
#include "services/deliveryservice.h"
#include "services/webhookservice.h"
#include "webhooks/samplerequest.h"

#include <QStringDecoder>

namespace hb::ui {
DeliveryDetails::Body DeliveryDetails::Body::of(const QByteArray &bytes)
{
    Body body;
    body.size = bytes.size();
    if (bytes.isEmpty())
        return body;
    if (std::optional<QString> json = JsonText::indented(bytes)) {
        body.kind = Kind::Json;
        body.text = std::move(*json);
        return body;
    }
    // Text is shown as text unless it is not UTF-8 or holds control bytes a text view would
    // swallow (a NUL ends many a line).
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (!decoder.hasError() && !HexDump::hasControlBytes(bytes)) {
        body.kind = Kind::Text;
        body.text = text;
        return body;
    }
    body.kind = Kind::Binary;
    body.text = HexDump::preview(bytes, HexPreviewBytes);
    return body;
}

DeliveryDetails DeliveryDetails::of(services::DeliveryRecord record)
{
    DeliveryDetails details;
    details.body = Body::of(record.body);
    details.record = std::move(record);
    return details;
}

Result<std::optional<DeliveryDetails>> DeliveryDetails::read(services::Connection &db, qint64 id)
{
    auto record = services::DeliveryService(db).find(id);
    if (!record)
        return fail(record.error());
    if (!record->has_value())
        return std::optional<DeliveryDetails>();
    DeliveryDetails details = of(std::move(**record));
    if (details.record.webhookId == 0)
        return std::optional<DeliveryDetails>(std::move(details));
    // A webhook that cannot be read leaves the details without a decrypted body, not without
    // details: the record itself was read.
    const auto webhook = services::WebhookService(db).findById(details.record.webhookId);
    if (webhook && webhook->encryption) {
        const QJsonObject sample = SampleRequest::fromDelivery(details.record, *webhook);
        if (sample.contains(QLatin1String("decrypted_body")))
            details.decrypted =
                Body::of(sample.value(QLatin1String("decrypted_body")).toString().toUtf8());
        else
            details.decryptionError = SampleRequest::error(sample);
    }
    return std::optional<DeliveryDetails>(std::move(details));
}

} // namespace hb::ui
