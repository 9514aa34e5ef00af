# Sources of hb::crypto; paths relative to app/ (hb-crypto).
target_sources(hb-crypto PRIVATE
  core/crypto/aescipher.cpp
  core/crypto/constanttime.cpp
  core/crypto/securerandom.cpp
  core/crypto/webhooksignature.cpp
)
target_compile_definitions(hb-crypto PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER)
