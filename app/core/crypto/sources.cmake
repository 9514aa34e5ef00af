# Sources of hb::crypto; paths relative to app/ (hb-crypto).
target_sources(hb-crypto PRIVATE
  core/crypto/aescipher.cpp
  core/crypto/constanttime.cpp
  core/crypto/librariesinfo.cpp
  core/crypto/securerandom.cpp
  core/crypto/webhooksignature.cpp
)
