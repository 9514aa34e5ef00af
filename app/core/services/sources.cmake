# Sources of hb::services; paths relative to app/ (hb-services).
target_sources(hb-services PRIVATE
  core/services/communityservice.cpp
  core/services/deliverypages.cpp
  core/services/deliveryservice.cpp
  core/services/recordjson.cpp
  core/services/secretmask.cpp
  core/services/storeevents.cpp
  core/services/storeexecutor.cpp
  core/services/webhookservice.cpp
  core/services/useractivityservice.cpp
  core/services/senderservice.cpp
)
# The delivery log's export, curl command and replay (SPEC §7).
target_sources(hb-services PRIVATE
  core/services/deliveryexport.cpp
  core/services/exportwriter.cpp
  core/services/jsonexportwriter.cpp
  core/services/csvexportwriter.cpp
  core/services/harexportwriter.cpp
  core/services/curlcommand.cpp
  core/services/deliveryreplay.cpp
)
