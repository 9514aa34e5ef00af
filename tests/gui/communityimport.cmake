# "Import users…" on the Community page: progress, cancel, a bad line, offscreen.
hb_add_test(NAME test_communityimport
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_communityimport.cpp
  LABELS gui LIBS hookbench-ui)
