# Sources of hb::common; paths relative to app/ (hb-common).
target_sources(hb-common PRIVATE
  core/common/deliverystatus.cpp
  core/common/errorkind.cpp
  core/common/version.cpp
)
# The version of project() in the root CMakeLists.txt, for version.cpp only.
set_source_files_properties(core/common/version.cpp PROPERTIES
  COMPILE_DEFINITIONS HOOKBENCH_VERSION="${PROJECT_VERSION}")
