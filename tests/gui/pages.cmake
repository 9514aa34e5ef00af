# Tests of the window's history pages (Deliveries, Community) and webhook list, offscreen.
hb_add_test(NAME test_pages
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_pages.cpp ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
  LABELS gui LIBS hookbench-ui)
