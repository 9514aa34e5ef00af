# Tests of the window's Sender page against the window's real catcher on loopback, offscreen.
hb_add_test(NAME test_senderpage
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_senderpage.cpp ${CMAKE_CURRENT_LIST_DIR}/senderfixture.h
  LABELS gui LIBS hookbench-ui)
# The Compose tab: edited headers, form bodies, methods, files, saved requests, history, cancel.
hb_add_test(NAME test_sendercompose
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_sendercompose.cpp ${CMAKE_CURRENT_LIST_DIR}/senderfixture.h
  LABELS gui LIBS hookbench-ui)
