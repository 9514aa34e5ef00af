#include "securerandom.h"

#include <QtGlobal>

#include <openssl/rand.h>

namespace hb::crypto {

QByteArray SecureRandom::bytes(int count)
{
    QByteArray data(count, Qt::Uninitialized);
    // Handing out predictable tokens or keys would be worse than stopping: there is no
    // fallback that is safe.
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(data.data()), count) != 1)
        qFatal("OpenSSL RAND_bytes failed: no secure random numbers available");
    return data;
}

QString SecureRandom::urlToken()
{
    return QString::fromLatin1(
        bytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SecureRandom::apiKey()
{
    return QString::fromLatin1(
        bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SecureRandom::encryptionKey()
{
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int alphabetSize = sizeof(alphabet) - 1;
    // Bytes at or above the largest multiple of 62 are dropped, so every character is equally
    // likely (a plain modulo would favour the first eight).
    constexpr int unbiasedLimit = 256 - 256 % alphabetSize;
    QString key;
    while (key.size() < 32) {
        const QByteArray chunk = bytes(64);
        for (const char c : chunk) {
            const int value = static_cast<unsigned char>(c);
            if (value < unbiasedLimit && key.size() < 32)
                key.append(QLatin1Char(alphabet[value % alphabetSize]));
        }
    }
    return key;
}

QString SecureRandom::signingSecret()
{
    return QStringLiteral("whsec_") + QString::fromLatin1(bytes(32).toBase64());
}

} // namespace hb::crypto
