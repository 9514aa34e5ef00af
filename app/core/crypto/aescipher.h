#pragma once

#include "common/result.h"
#include "encryptionmode.h"

#include <QByteArray>

namespace hb::crypto {

// AES-256-CBC and AES-256-GCM bodies in the wire format of SPEC §4, on OpenSSL EVP.
class AesCipher {
public:
    // key: the 32 bytes of the webhook's key (UTF-8 of the 32 characters).
    // Accepts both body forms of SPEC §4: the JSON envelope {"iv","data","tag"} (iv/tag base64
    // or hex; for GCM the tag may instead be appended to data), or the whole body as base64 of
    // IV(16)||ciphertext (CBC, PKCS#7) / nonce(12)||ciphertext||tag(16) (GCM). GCM: 12-byte
    // nonce, 16-byte tag, no AAD. Every failure returns the one same message per mode
    // (failureMessage()), so there is no padding oracle.
    static hb::Result<QByteArray> decryptBody(const QByteArray &body, EncryptionMode mode,
                                              const QByteArray &key);

    enum class BodyForm { Envelope, Compact };
    // Fresh random IV/nonce from RAND_bytes; the inverse of decryptBody. Empty on a key that is
    // not 32 bytes.
    static QByteArray encryptBody(const QByteArray &plaintext, EncryptionMode mode,
                                  const QByteArray &key, BodyForm form = BodyForm::Envelope);

    // Raw primitives (for known-answer tests): ciphertext||tag for GCM.
    static hb::Result<QByteArray> encryptCbc(const QByteArray &key, const QByteArray &iv,
                                             const QByteArray &plain);
    // CBC over whole blocks with no padding added: the tester's bench encrypts a plaintext whose
    // padding it wrote itself (a bad one), to see the catcher fail it like any other.
    static hb::Result<QByteArray> encryptCbcUnpadded(const QByteArray &key, const QByteArray &iv,
                                                     const QByteArray &blocks);
    static hb::Result<QByteArray> decryptCbc(const QByteArray &key, const QByteArray &iv,
                                             const QByteArray &cipher);
    static hb::Result<QByteArray> encryptGcm(const QByteArray &key, const QByteArray &nonce,
                                             const QByteArray &plain);
    static hb::Result<QByteArray> decryptGcm(const QByteArray &key, const QByteArray &nonce,
                                             const QByteArray &cipherAndTag);

    // "the body does not decrypt with this webhook's key (AES-256-GCM)".
    static QString failureMessage(EncryptionMode mode);

    static constexpr int keySize = 32;
    static constexpr int cbcIvSize = 16;
    static constexpr int gcmNonceSize = 12;
    static constexpr int gcmTagSize = 16;
};

} // namespace hb::crypto
