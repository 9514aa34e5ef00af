# Sources of hb::payload; paths relative to app/.
target_sources(hookbench-core PRIVATE
  core/payload/decimal.cpp
  core/payload/jsonpointer.cpp
  core/payload/payloaddecoder.cpp
)
