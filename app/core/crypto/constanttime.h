#pragma once

#include <QByteArray>

namespace hb::crypto {

class ConstantTime {
public:
    // CRYPTO_memcmp over SHA-256 digests of both, so that neither the position of the first
    // difference nor the length of the secret leaks through timing.
    static bool equal(const QByteArray &a, const QByteArray &b);
};

} // namespace hb::crypto
