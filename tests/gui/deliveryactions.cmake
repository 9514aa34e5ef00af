# Tests of the Deliveries page's Export, Copy as curl and Replay against a real catcher, offscreen.
hb_add_test(NAME test_deliveryactions
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_deliveryactions.cpp ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
          ${CMAKE_CURRENT_LIST_DIR}/deliveriesfixture.h
  LABELS gui LIBS hookbench-ui)
