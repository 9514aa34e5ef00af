#include "librariesinfo.h"

#include <openssl/crypto.h>

namespace hb::crypto {

QString LibrariesInfo::openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace hb::crypto
