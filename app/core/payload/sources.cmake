# Sources of hb::payload; paths relative to app/ (hb-payload).
target_sources(hb-payload PRIVATE
  core/payload/decimal.cpp
  core/payload/jsonpointer.cpp
  core/payload/payloaddecoder.cpp
)
target_compile_definitions(hb-payload PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER)
