# Sources of hb::delivery; paths relative to app/.
target_sources(hookbench-core PRIVATE
  core/delivery/deliveryprocessor.cpp
  core/delivery/processorworker.cpp
  core/delivery/webhookintake.cpp
  core/delivery/catcherservice.cpp
  core/delivery/samplerequestbuilder.cpp
  core/delivery/deliverysummary.cpp
)
