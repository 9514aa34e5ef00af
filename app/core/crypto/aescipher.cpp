#include "aescipher.h"

#include "securerandom.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>

namespace hb::crypto {

namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    return CipherContext(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
}

const uchar *bytesOf(const QByteArray &data)
{
    return reinterpret_cast<const uchar *>(data.constData());
}

uchar *bytesOf(QByteArray &data)
{
    return reinterpret_cast<uchar *>(data.data());
}

hb::Error primitiveError(const char *what)
{
    return hb::fail(QStringLiteral("AES: %1").arg(QLatin1String(what)));
}

// Strict base64, standard or URL-safe alphabet: anything else is not ours to guess at.
std::optional<QByteArray> fromBase64(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        auto decoded = QByteArray::fromBase64Encoding(
            trimmed, options | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return decoded.decoded;
    }
    return std::nullopt;
}

// An IV or tag of `size` bytes written as hex (2 * size hex digits) or base64.
std::optional<QByteArray> fromHexOrBase64(const QString &text, int size)
{
    const QByteArray latin = text.trimmed().toLatin1();
    const bool hex =
        latin.size() == 2 * size && std::all_of(latin.begin(), latin.end(), [](char c) {
            return std::isxdigit(static_cast<uchar>(c)) != 0;
        });
    auto decoded = hex ? std::optional(QByteArray::fromHex(latin)) : fromBase64(latin);
    if (!decoded || decoded->size() != size)
        return std::nullopt;
    return decoded;
}

struct Parts {
    QByteArray iv;
    QByteArray cipher; // for GCM: ciphertext||tag
};

std::optional<Parts> splitEnvelope(const QByteArray &body, EncryptionMode mode)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject envelope = document.object();
    if (!envelope.value(QLatin1String("iv")).isString()
        || !envelope.value(QLatin1String("data")).isString())
        return std::nullopt;
    const bool gcm = mode == EncryptionMode::Gcm;
    Parts parts;
    const auto iv = fromHexOrBase64(envelope.value(QLatin1String("iv")).toString(),
                                    gcm ? AesCipher::gcmNonceSize : AesCipher::cbcIvSize);
    const auto data = fromBase64(envelope.value(QLatin1String("data")).toString().toLatin1());
    if (!iv || !data)
        return std::nullopt;
    parts.iv = *iv;
    parts.cipher = *data;
    // CBC has no tag; one sent anyway is ignored rather than guessed at.
    const QJsonValue tagValue = envelope.value(QLatin1String("tag"));
    if (gcm && !tagValue.isUndefined() && !tagValue.isNull()) {
        if (!tagValue.isString())
            return std::nullopt;
        const auto tag = fromHexOrBase64(tagValue.toString(), AesCipher::gcmTagSize);
        if (!tag)
            return std::nullopt;
        parts.cipher.append(*tag);
    }
    return parts;
}

std::optional<Parts> splitCompact(const QByteArray &body, EncryptionMode mode)
{
    const auto raw = fromBase64(body);
    const int ivSize = mode == EncryptionMode::Gcm ? AesCipher::gcmNonceSize : AesCipher::cbcIvSize;
    if (!raw || raw->size() < ivSize)
        return std::nullopt;
    return Parts{raw->left(ivSize), raw->mid(ivSize)};
}

hb::Result<QByteArray> runCbc(bool encrypt, const QByteArray &key, const QByteArray &iv,
                              const QByteArray &input, bool padding = true)
{
    if (key.size() != AesCipher::keySize || iv.size() != AesCipher::cbcIvSize)
        return primitiveError("AES-256-CBC needs a 32-byte key and a 16-byte IV");
    if (!encrypt && (input.isEmpty() || input.size() % AesCipher::cbcIvSize != 0))
        return primitiveError("AES-256-CBC ciphertext is not a whole number of blocks");
    if (!padding && input.size() % AesCipher::cbcIvSize != 0)
        return primitiveError("AES-256-CBC without padding needs whole blocks");
    CipherContext context = newContext();
    if (!context
        || EVP_CipherInit_ex(context.get(), EVP_aes_256_cbc(), nullptr, bytesOf(key), bytesOf(iv),
                             encrypt ? 1 : 0)
               != 1)
        return primitiveError("AES-256-CBC setup failed");
    if (!padding)
        EVP_CIPHER_CTX_set_padding(context.get(), 0);
    QByteArray output(input.size() + AesCipher::cbcIvSize, Qt::Uninitialized);
    int written = 0;
    int finalWritten = 0;
    if (EVP_CipherUpdate(context.get(), bytesOf(output), &written, bytesOf(input),
                         static_cast<int>(input.size()))
            != 1
        || EVP_CipherFinal_ex(context.get(), bytesOf(output) + written, &finalWritten) != 1)
        return primitiveError("AES-256-CBC failed (wrong key or bad padding)");
    output.truncate(written + finalWritten);
    return output;
}

} // namespace

hb::Result<QByteArray> AesCipher::encryptCbc(const QByteArray &key, const QByteArray &iv,
                                             const QByteArray &plain)
{
    return runCbc(true, key, iv, plain);
}

hb::Result<QByteArray> AesCipher::encryptCbcUnpadded(const QByteArray &key, const QByteArray &iv,
                                                     const QByteArray &blocks)
{
    return runCbc(true, key, iv, blocks, false);
}

hb::Result<QByteArray> AesCipher::decryptCbc(const QByteArray &key, const QByteArray &iv,
                                             const QByteArray &cipher)
{
    return runCbc(false, key, iv, cipher);
}

hb::Result<QByteArray> AesCipher::encryptGcm(const QByteArray &key, const QByteArray &nonce,
                                             const QByteArray &plain)
{
    if (key.size() != keySize || nonce.size() != gcmNonceSize)
        return primitiveError("AES-256-GCM needs a 32-byte key and a 12-byte nonce");
    CipherContext context = newContext();
    if (!context
        || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, gcmNonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytesOf(key), bytesOf(nonce)) != 1)
        return primitiveError("AES-256-GCM setup failed");
    QByteArray output(plain.size() + gcmTagSize, Qt::Uninitialized);
    int written = 0;
    int finalWritten = 0;
    if (EVP_EncryptUpdate(context.get(), bytesOf(output), &written, bytesOf(plain),
                          static_cast<int>(plain.size()))
            != 1
        || EVP_EncryptFinal_ex(context.get(), bytesOf(output) + written, &finalWritten) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, gcmTagSize,
                               bytesOf(output) + written + finalWritten)
               != 1)
        return primitiveError("AES-256-GCM encryption failed");
    output.truncate(written + finalWritten + gcmTagSize);
    return output;
}

hb::Result<QByteArray> AesCipher::decryptGcm(const QByteArray &key, const QByteArray &nonce,
                                             const QByteArray &cipherAndTag)
{
    if (key.size() != keySize || nonce.size() != gcmNonceSize)
        return primitiveError("AES-256-GCM needs a 32-byte key and a 12-byte nonce");
    if (cipherAndTag.size() < gcmTagSize)
        return primitiveError("AES-256-GCM input is shorter than its tag");
    const QByteArray cipher = cipherAndTag.left(cipherAndTag.size() - gcmTagSize);
    QByteArray tag = cipherAndTag.right(gcmTagSize);
    CipherContext context = newContext();
    if (!context
        || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, gcmNonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytesOf(key), bytesOf(nonce)) != 1)
        return primitiveError("AES-256-GCM setup failed");
    QByteArray output(cipher.size() + gcmTagSize, Qt::Uninitialized);
    int written = 0;
    int finalWritten = 0;
    if (EVP_DecryptUpdate(context.get(), bytesOf(output), &written, bytesOf(cipher),
                          static_cast<int>(cipher.size()))
            != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, gcmTagSize, bytesOf(tag)) != 1
        || EVP_DecryptFinal_ex(context.get(), bytesOf(output) + written, &finalWritten) != 1)
        return primitiveError("AES-256-GCM authentication failed (wrong key or altered data)");
    output.truncate(written + finalWritten);
    return output;
}

QString AesCipher::failureMessage(EncryptionMode mode)
{
    return QStringLiteral("the body does not decrypt with this webhook's key (%1)")
        .arg(mode == EncryptionMode::Gcm ? QLatin1String("AES-256-GCM")
                                         : QLatin1String("AES-256-CBC"));
}

hb::Result<QByteArray> AesCipher::decryptBody(const QByteArray &body, EncryptionMode mode,
                                              const QByteArray &key)
{
    if (key.size() != keySize) {
        // A configuration fault, not something a sender can probe: say exactly what it is.
        return hb::fail(QStringLiteral("the webhook's encryption key must be exactly 32 bytes "
                                       "(it has %1)")
                            .arg(key.size()),
                        ErrorKind::WebhookDamaged);
    }
    const QByteArray trimmed = body.trimmed();
    const auto parts =
        trimmed.startsWith('{') ? splitEnvelope(trimmed, mode) : splitCompact(trimmed, mode);
    if (parts) {
        const auto plain = mode == EncryptionMode::Gcm ? decryptGcm(key, parts->iv, parts->cipher)
                                                       : decryptCbc(key, parts->iv, parts->cipher);
        if (plain)
            return plain;
    }
    // One message for every cause, so that a sender cannot tell bad padding from a bad tag.
    return hb::fail(failureMessage(mode), ErrorKind::DecryptFailed);
}

QByteArray AesCipher::encryptBody(const QByteArray &plaintext, EncryptionMode mode,
                                  const QByteArray &key, BodyForm form)
{
    const bool gcm = mode == EncryptionMode::Gcm;
    const QByteArray iv = SecureRandom::bytes(gcm ? gcmNonceSize : cbcIvSize);
    const auto cipher = gcm ? encryptGcm(key, iv, plaintext) : encryptCbc(key, iv, plaintext);
    if (!cipher)
        return {};
    if (form == BodyForm::Compact)
        return QByteArray(iv + *cipher).toBase64();
    QJsonObject envelope;
    envelope.insert(QLatin1String("iv"), QString::fromLatin1(iv.toBase64()));
    if (gcm) {
        const qsizetype cipherSize = cipher->size() - gcmTagSize;
        envelope.insert(QLatin1String("data"),
                        QString::fromLatin1(cipher->left(cipherSize).toBase64()));
        envelope.insert(QLatin1String("tag"),
                        QString::fromLatin1(cipher->mid(cipherSize).toBase64()));
    } else {
        envelope.insert(QLatin1String("data"), QString::fromLatin1(cipher->toBase64()));
    }
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

} // namespace hb::crypto
