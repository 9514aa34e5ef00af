# The window at 1024×700: nothing clipped on any page (UI.md), offscreen.
hb_add_test(NAME test_windowsize
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_windowsize.cpp ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
  LABELS gui LIBS hookbench-ui)
