# Sources of hb::services; paths relative to app/ (hb-services).
target_sources(hb-services PRIVATE
  core/services/storeexecutor.cpp
)
