#pragma once

namespace hb::crypto {

// The AES-256 modes of SPEC §4. Here rather than in mapping: the cipher needs them and sits
// below the webhook model.
enum class EncryptionMode { Cbc, Gcm };

} // namespace hb::crypto
