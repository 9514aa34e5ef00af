# Sources of hb::delivery; paths relative to app/ (hb-delivery).
target_sources(hb-delivery PRIVATE
  core/delivery/deliveryprocessor.cpp
  core/delivery/webhookurl.cpp
  core/delivery/processorworker.cpp
  core/delivery/webhookintake.cpp
  core/delivery/catcherservice.cpp
  core/delivery/samplerequestbuilder.cpp
  core/delivery/deliverysummary.cpp
  core/delivery/httpsender.cpp
  core/delivery/headeredits.cpp
)
# The tester's batches (issue 15) and negative cases, each in its own list.
include(${CMAKE_CURRENT_LIST_DIR}/batch.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/negative.cmake)
