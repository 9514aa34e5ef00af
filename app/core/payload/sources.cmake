# Sources of hb::payload; paths relative to app/ (hb-payload).
target_sources(hb-payload PRIVATE
  core/payload/decimal.cpp
  core/payload/jsonnumber.cpp
  core/payload/jsonpointer.cpp
  core/payload/jsonreader.cpp
  core/payload/jsonwriter.cpp
  core/payload/payloaddecoder.cpp
)
