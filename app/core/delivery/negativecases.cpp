#include "negativecases.h"

#include "crypto/aescipher.h"
#include "crypto/securerandom.h"
#include "crypto/webhooksignature.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace hb::delivery {
namespace {

using Kind = NegativeCaseKind;

QString tr(const char *text)
{
    return QCoreApplication::translate("hb::delivery::NegativeCases", text);
}

NegativeExpectation refused(int status)
{
    NegativeExpectation expected;
    expected.httpStatus = status;
    return expected;
}

// A 202 whose delivery ends Failed for `reason`; a draft keeps it as a Sample instead, since a
// draft never processes (SPEC §2), so nothing is decrypted or decoded.
NegativeExpectation acceptedThenFailed(const mapping::Webhook &webhook, const QString &reason)
{
    NegativeExpectation expected;
    expected.httpStatus = 202;
    expected.deliveryStatus = webhook.draft ? DeliveryStatus::Sample : DeliveryStatus::Failed;
    if (!webhook.draft)
        expected.reasonContains = reason;
    return expected;
}

NegativeCase makeCase(Kind kind, const char *key, QString title, QString description,
                      NegativeExpectation expected)
{
    NegativeCase c;
    c.kind = kind;
    c.key = QString::fromLatin1(key);
    c.title = std::move(title);
    c.description = std::move(description);
    c.expected = std::move(expected);
    return c;
}

void removeHeader(SampleRequest &request, const QByteArray &name)
{
    request.headers.removeIf([&name](const QPair<QByteArray, QByteArray> &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

// The Standard Webhooks headers over the body as it is now, as SampleRequestBuilder adds them.
void sign(SampleRequest &request, const QString &secret, qint64 timestamp)
{
    const QByteArray id = "msg_" + crypto::SecureRandom::urlToken().toLatin1();
    request.headers.append({"webhook-id", id});
    request.headers.append({"webhook-timestamp", QByteArray::number(timestamp)});
    request.headers.append(
        {"webhook-signature", crypto::WebhookSignature::sign(secret, id, timestamp, request.body)});
}

// The JSON envelope SampleRequestBuilder writes (iv, data and, for GCM, tag), as raw bytes.
struct Envelope {
    QByteArray iv, data, tag;

    static Envelope read(const QByteArray &body)
    {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const auto bytes = [&object](const char *name) {
            return QByteArray::fromBase64(object.value(QLatin1String(name)).toString().toLatin1());
        };
        return {bytes("iv"), bytes("data"), bytes("tag")};
    }

    QByteArray write() const
    {
        QJsonObject object{{QStringLiteral("iv"), QString::fromLatin1(iv.toBase64())},
                           {QStringLiteral("data"), QString::fromLatin1(data.toBase64())}};
        if (!tag.isEmpty())
            object.insert(QStringLiteral("tag"), QString::fromLatin1(tag.toBase64()));
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
};

void flipByte(QByteArray &bytes, qsizetype index, char mask)
{
    if (index >= 0 && index < bytes.size())
        bytes[index] = char(bytes.at(index) ^ mask);
}

// CBC has no tag: a random change may still decrypt (to garbage). Changing the byte that the
// last plaintext byte depends on, by exactly the padding length, turns that byte into 0, which is
// never valid PKCS#7, so the case fails on decryption every time.
void tamperCbc(Envelope &envelope, qsizetype plaintextSize)
{
    const int block = crypto::AesCipher::cbcIvSize;
    const char padding = char(block - plaintextSize % block);
    const qsizetype blocks = envelope.data.size() / block;
    if (blocks >= 2)
        flipByte(envelope.data, (blocks - 2) * block + block - 1, padding);
    else
        flipByte(envelope.iv, block - 1, padding);
}

// CBC over the payload followed by padding bytes of zero, which PKCS#7 never writes (1 to 16).
QByteArray badlyPadded(const QByteArray &payload, const QByteArray &key)
{
    const int block = crypto::AesCipher::cbcIvSize;
    QByteArray blocks = payload;
    blocks.append(QByteArray(block - payload.size() % block, '\0'));
    Envelope envelope;
    envelope.iv = crypto::SecureRandom::bytes(block);
    const auto cipher = crypto::AesCipher::encryptCbcUnpadded(key, envelope.iv, blocks);
    envelope.data = cipher ? *cipher : QByteArray();
    return envelope.write();
}

// The payload cut short of its closing bracket; anything that is not an object or an array is
// replaced by an object that never ends.
QByteArray malformed(const QByteArray &payload)
{
    const QByteArray trimmed = payload.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return trimmed.chopped(1);
    return QByteArrayLiteral(R"({"malformed": )");
}

} // namespace

QList<NegativeCase> NegativeCases::forWebhook(const mapping::Webhook &webhook)
{
    QList<NegativeCase> cases;
    const bool keyed = !webhook.apiKey.isEmpty();
    const bool signing = !webhook.signingSecret.isEmpty();
    const std::optional<mapping::Encryption> &encryption = webhook.encryption;
    if (keyed) {
        cases << makeCase(Kind::MissingKey, "missing-key", tr("Missing API key"),
                          tr("The request has no x-api-key header."), refused(401));
        cases << makeCase(Kind::WrongKey, "wrong-key", tr("Wrong API key"),
                          tr("The x-api-key header has the key with its last character changed."),
                          refused(401));
    }
    if (encryption) {
        const QString undecryptable = crypto::AesCipher::failureMessage(encryption->mode);
        cases << makeCase(
            Kind::NotMarkedEncrypted, "not-marked-encrypted", tr("Not marked encrypted"),
            tr("The body is encrypted but the request has no x-encrypted: true header."),
            acceptedThenFailed(webhook, QStringLiteral("expects an encrypted body")));
        if (encryption->mode == mapping::EncryptionMode::Gcm)
            cases << makeCase(Kind::TamperedTag, "tampered-tag", tr("Tampered tag"),
                              tr("One bit of the AES-GCM authentication tag is flipped."),
                              acceptedThenFailed(webhook, undecryptable));
        cases << makeCase(Kind::TamperedCiphertext, "tampered-ciphertext",
                          tr("Tampered ciphertext"),
                          tr("One byte of the encrypted data is changed (and the body re-signed)."),
                          acceptedThenFailed(webhook, undecryptable));
        if (encryption->mode == mapping::EncryptionMode::Cbc)
            cases << makeCase(Kind::BadPadding, "bad-padding", tr("Bad padding"),
                              tr("The plaintext is encrypted with zero bytes as padding, which "
                                 "PKCS#7 never writes."),
                              acceptedThenFailed(webhook, undecryptable));
    }
    if (signing) {
        cases << makeCase(Kind::StaleTimestamp, "stale-timestamp", tr("Stale timestamp"),
                          tr("The request is signed with a webhook-timestamp 10 minutes ago."),
                          refused(401));
        cases << makeCase(Kind::FutureTimestamp, "future-timestamp", tr("Future timestamp"),
                          tr("The request is signed with a webhook-timestamp 10 minutes ahead."),
                          refused(401));
        cases << makeCase(Kind::WrongSignature, "wrong-signature", tr("Wrong signature"),
                          tr("The request is signed with another secret than the webhook's."),
                          refused(401));
    }
    cases << makeCase(Kind::OversizedBody, "oversized-body", tr("Oversized body"),
                      tr("The body is one byte larger than the catcher's limit."), refused(413));
    NegativeExpectation duplicate;
    duplicate.httpStatus = 202;
    duplicate.duplicate = true;
    cases << makeCase(Kind::ReplayedId, "replayed-id", tr("Replayed id"),
                      signing ? tr("The same signed request (same webhook-id) is sent twice.")
                              : tr("The same request with the same idempotency-key is sent twice."),
                      duplicate);
    cases << makeCase(Kind::MalformedJson, "malformed-json", tr("Malformed JSON"),
                      encryption ? tr("The encrypted payload is JSON cut short of its end.")
                                 : tr("The payload is JSON cut short of its end."),
                      acceptedThenFailed(webhook, QStringLiteral("body is not valid JSON")));
    return cases;
}

QList<SampleRequest> NegativeCases::requestsFor(const NegativeCase &c,
                                                const mapping::Webhook &webhook,
                                                const QByteArray &payload, const QDateTime &now,
                                                qint64 bodyLimit)
{
    const QByteArray json = QByteArrayLiteral("application/json");
    const qint64 timestamp = now.toSecsSinceEpoch();
    // Cases that change the body (or the timestamp) build the request unsigned and sign it last,
    // over what is actually sent.
    mapping::Webhook unsignedHook = webhook;
    unsignedHook.signingSecret.clear();
    const auto signLast = [&](SampleRequest &request, qint64 at) {
        if (!webhook.signingSecret.isEmpty())
            sign(request, webhook.signingSecret, at);
    };

    switch (c.kind) {
    case Kind::MissingKey: {
        mapping::Webhook keyless = webhook;
        keyless.apiKey.clear();
        return {SampleRequestBuilder::build(keyless, payload, json, now)};
    }
    case Kind::WrongKey: {
        mapping::Webhook wrong = webhook;
        if (!wrong.apiKey.isEmpty()) {
            const qsizetype last = wrong.apiKey.size() - 1;
            wrong.apiKey[last] =
                wrong.apiKey.at(last) == QLatin1Char('x') ? QLatin1Char('y') : QLatin1Char('x');
        }
        return {SampleRequestBuilder::build(wrong, payload, json, now)};
    }
    case Kind::NotMarkedEncrypted: {
        SampleRequest request = SampleRequestBuilder::build(webhook, payload, json, now);
        removeHeader(request, "x-encrypted");
        return {request};
    }
    case Kind::TamperedTag:
    case Kind::TamperedCiphertext: {
        SampleRequest request = SampleRequestBuilder::build(unsignedHook, payload, json, now);
        if (webhook.encryption) {
            Envelope envelope = Envelope::read(request.body);
            if (c.kind == Kind::TamperedTag)
                flipByte(envelope.tag, 0, 0x01);
            else if (webhook.encryption->mode == mapping::EncryptionMode::Gcm)
                flipByte(envelope.data, 0, 0x01);
            else
                tamperCbc(envelope, payload.size());
            request.body = envelope.write();
        }
        signLast(request, timestamp);
        return {request};
    }
    case Kind::BadPadding: {
        SampleRequest request = SampleRequestBuilder::build(unsignedHook, payload, json, now);
        if (webhook.encryption)
            request.body = badlyPadded(payload, webhook.encryption->key.toUtf8());
        signLast(request, timestamp);
        return {request};
    }
    case Kind::StaleTimestamp:
    case Kind::FutureTimestamp: {
        SampleRequest request = SampleRequestBuilder::build(unsignedHook, payload, json, now);
        const qint64 offset =
            c.kind == Kind::StaleTimestamp ? -timestampOffsetSeconds : timestampOffsetSeconds;
        signLast(request, timestamp + offset);
        return {request};
    }
    case Kind::WrongSignature: {
        mapping::Webhook other = webhook;
        other.signingSecret = crypto::SecureRandom::signingSecret();
        return {SampleRequestBuilder::build(other, payload, json, now)};
    }
    case Kind::OversizedBody: {
        SampleRequest request = SampleRequestBuilder::build(unsignedHook, payload, json, now);
        // Trailing white space: still the same JSON (and the same envelope, which is trimmed).
        if (request.body.size() <= bodyLimit)
            request.body.append(QByteArray(bodyLimit + 1 - request.body.size(), ' '));
        signLast(request, timestamp);
        return {request};
    }
    case Kind::ReplayedId: {
        SampleRequest request = SampleRequestBuilder::build(webhook, payload, json, now);
        if (webhook.signingSecret.isEmpty())
            request.headers.append(
                {"idempotency-key", "negative-" + crypto::SecureRandom::urlToken().toLatin1()});
        return {request, request};
    }
    case Kind::MalformedJson:
        return {SampleRequestBuilder::build(webhook, malformed(payload), json, now)};
    }
    return {};
}

} // namespace hb::delivery
