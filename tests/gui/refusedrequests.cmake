# Tests of the Deliveries page's log of refused requests (button and dialog), offscreen.
hb_add_test(NAME test_refusedrequests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_refusedrequests.cpp ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
          ${CMAKE_CURRENT_LIST_DIR}/deliveriesfixture.h
  LABELS gui LIBS hookbench-ui)
