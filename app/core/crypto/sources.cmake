# Sources of hb::crypto; paths relative to app/.
target_sources(hookbench-core PRIVATE
  core/crypto/aescipher.cpp
  core/crypto/constanttime.cpp
  core/crypto/securerandom.cpp
  core/crypto/webhooksignature.cpp
)
