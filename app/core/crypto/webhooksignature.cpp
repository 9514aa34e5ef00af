#include "webhooksignature.h"

#include "constanttime.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <optional>

namespace hb::crypto {

namespace {

const QLatin1String kPrefix("whsec_");

std::optional<QByteArray> secretKey(const QString &secret)
{
    const QString encoded = secret.startsWith(kPrefix) ? secret.mid(kPrefix.size()) : secret;
    auto decoded =
        QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

QByteArray hmacBase64(const QByteArray &key, const QByteArray &message)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char *>(message.constData()),
              static_cast<size_t>(message.size()), digest, &size))
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), size).toBase64();
}

QByteArray signedContent(const QByteArray &id, const QByteArray &timestamp, const QByteArray &body)
{
    return id + '.' + timestamp + '.' + body;
}

} // namespace

bool WebhookSignature::isValidSecret(const QString &secret)
{
    if (!secret.startsWith(kPrefix))
        return false;
    const auto key = secretKey(secret);
    return key && key->size() >= 24 && key->size() <= 64;
}

QByteArray WebhookSignature::sign(const QString &secret, const QByteArray &id, qint64 timestamp,
                                  const QByteArray &body)
{
    const auto key = secretKey(secret);
    if (!key)
        return {};
    const QByteArray mac = hmacBase64(*key, signedContent(id, QByteArray::number(timestamp), body));
    return mac.isEmpty() ? QByteArray() : QByteArray("v1,") + mac;
}

hb::Status WebhookSignature::verify(const QString &secret, const QByteArray &id,
                                    const QByteArray &timestamp, const QByteArray &body,
                                    const QByteArray &signatureHeader, const QDateTime &now)
{
    const auto key = secretKey(secret);
    if (!key)
        return hb::fail(QStringLiteral("the webhook's signing secret is not a valid "
                                       "whsec_ secret"));
    if (id.trimmed().isEmpty())
        return hb::fail(QStringLiteral("missing webhook-id header"));
    if (timestamp.trimmed().isEmpty())
        return hb::fail(QStringLiteral("missing webhook-timestamp header"));
    if (signatureHeader.trimmed().isEmpty())
        return hb::fail(QStringLiteral("missing webhook-signature header"));

    bool numeric = false;
    const qint64 sentAt = timestamp.trimmed().toLongLong(&numeric);
    if (!numeric)
        return hb::fail(QStringLiteral("webhook-timestamp \"%1\" is not a unix time in seconds")
                            .arg(QString::fromLatin1(timestamp.left(40))));
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    if (sentAt < nowSeconds - toleranceSeconds)
        return hb::fail(QStringLiteral("webhook-timestamp %1 is more than 5 minutes old "
                                       "(now %2)")
                            .arg(sentAt)
                            .arg(nowSeconds));
    if (sentAt > nowSeconds + toleranceSeconds)
        return hb::fail(QStringLiteral("webhook-timestamp %1 is more than 5 minutes in the "
                                       "future (now %2)")
                            .arg(sentAt)
                            .arg(nowSeconds));

    // The exact text the sender signed, so "0123" is not silently read as "123".
    const QByteArray expected = hmacBase64(*key, signedContent(id, timestamp.trimmed(), body));
    const QList<QByteArray> candidates = signatureHeader.simplified().split(' ');
    bool valid = false;
    for (const QByteArray &candidate : candidates) {
        const qsizetype comma = candidate.indexOf(',');
        if (comma < 0 || candidate.left(comma) != "v1")
            continue;
        // Every candidate is compared, valid or not, so timing does not tell which matched.
        if (ConstantTime::equal(candidate.mid(comma + 1), expected))
            valid = true;
    }
    if (!valid)
        return hb::fail(QStringLiteral("no valid signature in webhook-signature (%1 checked)")
                            .arg(candidates.size()));
    return hb::success();
}

} // namespace hb::crypto
