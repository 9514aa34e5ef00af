# Settings and Help (issue 13): the settings dialog, the guide (F1), the shortcuts table and
# About, offscreen. The version About must show is CMake's, given here as CMake knows it.
hb_add_test(NAME test_settingshelp
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_settingshelp.cpp ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
  LABELS gui LIBS hookbench-ui)
target_compile_definitions(test_settingshelp PRIVATE
  HOOKBENCH_EXPECTED_VERSION="${PROJECT_VERSION}")
