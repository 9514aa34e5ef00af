# Tests of the window's Sender page against the window's real catcher on loopback, offscreen.
hb_add_test(NAME test_senderpage
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_senderpage.cpp ${CMAKE_CURRENT_LIST_DIR}/senderfixture.h
  LABELS gui LIBS hookbench-ui)
# The Compose tab: edited headers, form bodies, methods, files, saved requests, history, cancel.
hb_add_test(NAME test_sendercompose
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_sendercompose.cpp ${CMAKE_CURRENT_LIST_DIR}/senderfixture.h
  LABELS gui LIBS hookbench-ui)
# Not a test: saves PNGs of the Sender's tabs for people to look at (docs/screenshots).
add_executable(hb_sender_screenshots ${CMAKE_CURRENT_LIST_DIR}/senderscreenshots.cpp)
target_link_libraries(hb_sender_screenshots PRIVATE hookbench-ui Qt6::Test)
target_include_directories(hb_sender_screenshots PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../support)
