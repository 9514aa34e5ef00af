#include "samplerequestbuilder.h"

#include "crypto/aescipher.h"
#include "crypto/securerandom.h"
#include "crypto/webhooksignature.h"

namespace hb::delivery {
namespace {

void addHeader(SampleRequest &request, const QByteArray &name, const QByteArray &value)
{
    request.headers.append(qMakePair(name, value));
}

} // namespace

SampleRequest SampleRequestBuilder::build(const mapping::Webhook &webhook,
                                          const QByteArray &plaintext,
                                          const QByteArray &contentType, const QDateTime &now)
{
    SampleRequest request;
    request.body = plaintext;
    if (webhook.encryption) {
        request.body = crypto::AesCipher::encryptBody(plaintext, webhook.encryption->mode,
                                                      webhook.encryption->key.toUtf8());
        // The envelope is JSON whatever the plaintext was.
        addHeader(request, "Content-Type", "application/json");
        addHeader(request, "x-encrypted", "true");
    } else {
        addHeader(request, "Content-Type", contentType);
    }
    if (!webhook.apiKey.isEmpty())
        addHeader(request, "x-api-key", webhook.apiKey.toUtf8());
    if (!webhook.signingSecret.isEmpty()) {
        const QByteArray id = "msg_" + crypto::SecureRandom::urlToken().toLatin1();
        const qint64 timestamp = now.toSecsSinceEpoch();
        addHeader(request, "webhook-id", id);
        addHeader(request, "webhook-timestamp", QByteArray::number(timestamp));
        addHeader(
            request, "webhook-signature",
            crypto::WebhookSignature::sign(webhook.signingSecret, id, timestamp, request.body));
    }
    return request;
}

} // namespace hb::delivery
