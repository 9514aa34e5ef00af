# The Sender page's Batch tab against an in-process catcher on loopback, offscreen.
hb_add_test(NAME test_batchpanel
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_batchpanel.cpp
          ${CMAKE_CURRENT_LIST_DIR}/../integration/catcherfixture.h
  LABELS gui LIBS hookbench-ui)
