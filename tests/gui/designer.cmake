# Tests of the desktop window and the webhook designer (hookbench-ui), offscreen.
hb_add_test(NAME test_payloadtreemodel
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_payloadtreemodel.cpp
  LABELS gui designer LIBS hookbench-ui)
hb_add_test(NAME test_localtime
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_localtime.cpp
  LABELS gui LIBS hookbench-ui)
hb_add_test(NAME test_mappingrowsmodel
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_mappingrowsmodel.cpp
  LABELS gui designer LIBS hookbench-ui)
# The designer as a user drives it, one executable a topic (catch/map/preview, input checks,
# webhook management, editing, drafts and a busy store); they share designerfixture.h.
foreach(name test_designer test_designer_validation test_designer_webhooks
    test_designer_editing test_designer_drafts)
  hb_add_test(NAME ${name}
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
    LABELS gui designer LIBS hookbench-ui)
endforeach()
# Not a test: saves PNGs of the designer's main states for people to look at (docs/screenshots).
add_executable(hb_designer_screenshots ${CMAKE_CURRENT_LIST_DIR}/designerscreenshots.cpp)
target_link_libraries(hb_designer_screenshots PRIVATE hookbench-ui Qt6::Test)
target_include_directories(hb_designer_screenshots PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../support)
