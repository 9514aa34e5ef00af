#pragma once

#include <QString>

namespace hb::crypto {

// What the About box tells support staff about the cryptography library: the window links
// OpenSSL only through this library, so it asks here rather than including OpenSSL itself.
class LibrariesInfo {
public:
    // The OpenSSL loaded at run time, e.g. "OpenSSL 3.0.11 19 Sep 2023".
    static QString openSslVersion();
};

} // namespace hb::crypto
