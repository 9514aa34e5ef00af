# Tests of the Deliveries page's filter bar (search, webhook, time, status, counts), offscreen.
hb_add_test(NAME test_deliveriesfilter
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_deliveriesfilter.cpp ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
          ${CMAKE_CURRENT_LIST_DIR}/deliveriesfixture.h
  LABELS gui LIBS hookbench-ui)
