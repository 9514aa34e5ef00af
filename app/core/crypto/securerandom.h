#pragma once

#include <QByteArray>
#include <QString>

namespace hb::crypto {

// Every secret Hookbench generates (tokens, keys), from OpenSSL's RAND_bytes only.
class SecureRandom {
public:
    static QByteArray bytes(int count);
    static QString urlToken();      // 192 bits, URL-safe base64 without padding (32 chars)
    static QString apiKey();        // 256 bits, URL-safe base64 without padding (43 chars)
    static QString encryptionKey(); // exactly 32 alphanumeric ASCII characters, unbiased
    static QString signingSecret(); // "whsec_" + base64 of 32 random bytes
};

} // namespace hb::crypto
