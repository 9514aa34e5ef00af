# Sources of hb::services; paths relative to app/ (hb-services).
target_sources(hb-services PRIVATE
  core/services/communityservice.cpp
  core/services/deliveryservice.cpp
  core/services/recordjson.cpp
  core/services/secretmask.cpp
  core/services/storeevents.cpp
  core/services/storeexecutor.cpp
  core/services/webhookservice.cpp
)
