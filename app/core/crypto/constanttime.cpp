#include "constanttime.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace hb::crypto {

namespace {

QByteArray sha256(const QByteArray &data)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()),
                   reinterpret_cast<unsigned char *>(digest.data()), &size, EVP_sha256(), nullptr)
        != 1)
        return {};
    digest.truncate(static_cast<qsizetype>(size));
    return digest;
}

} // namespace

bool ConstantTime::equal(const QByteArray &a, const QByteArray &b)
{
    const QByteArray digestA = sha256(a);
    const QByteArray digestB = sha256(b);
    if (digestA.size() != 32 || digestB.size() != 32)
        return false;
    return CRYPTO_memcmp(digestA.constData(), digestB.constData(), 32) == 0;
}

} // namespace hb::crypto
