# Sources of hb::services; paths relative to app/ (hb-services).
target_sources(hb-services PRIVATE
  core/services/communityservice.cpp
  core/services/deliveryservice.cpp
  core/services/recordjson.cpp
  core/services/storeevents.cpp
  core/services/storeexecutor.cpp
  core/services/webhookservice.cpp
)
target_compile_definitions(hb-services PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER)
