#pragma once

#include "mapping/webhook.h"
#include "services/records.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace hb::ui {

// The caught sample of a webhook as stored with it (WebhookService::setSample):
// {"delivery_id", "received_at", "method", "target", "headers": [[name, value]...], "body",
//  "payload" (the decoded JSON) or "error" (why it could not be decoded)}.
class SampleRequest {
    Q_DECLARE_TR_FUNCTIONS(hb::ui::SampleRequest)

public:
    // Decrypts (when the webhook asks for it) and decodes the delivery's body with the engine's
    // own decoder, so the tree shows what processing will see.
    static QJsonObject fromDelivery(const services::DeliveryRecord &record,
                                    const mapping::Webhook &webhook);
    static bool hasPayload(const QJsonObject &sample)
    {
        return sample.contains(QLatin1String("payload"));
    }
    static QJsonValue payload(const QJsonObject &sample)
    {
        return sample.value(QLatin1String("payload"));
    }
    static QString error(const QJsonObject &sample)
    {
        return sample.value(QLatin1String("error")).toString();
    }
    static QString headersText(const QJsonObject &sample);
    static QString bodyText(const QJsonObject &sample);
    static QString summary(const QJsonObject &sample); // "POST /hooks/… · delivery 12 · 16:45:32"
};

} // namespace hb::ui
