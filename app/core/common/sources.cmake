# Sources of hb::common; paths relative to app/ (hb-common).
target_sources(hb-common PRIVATE
  core/common/deliverystatus.cpp
  core/common/errorkind.cpp
)
target_compile_definitions(hb-common PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER)
