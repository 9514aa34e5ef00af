# The Sender's Negative cases tab against an in-process catcher on loopback, offscreen.
hb_add_test(NAME test_negativecasespanel
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_negativecasespanel.cpp
  LABELS gui LIBS hookbench-ui)
