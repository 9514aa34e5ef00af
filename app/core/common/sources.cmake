# Sources of hb::common; paths relative to app/ (hb-common).
target_sources(hb-common PRIVATE
  core/common/deliverystatus.cpp
  core/common/errorkind.cpp
)
