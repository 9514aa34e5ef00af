# Tests of the Deliveries page's details pane (Overview, Request, Response), offscreen.
hb_add_test(NAME test_deliverydetails
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_deliverydetails.cpp ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
          ${CMAKE_CURRENT_LIST_DIR}/deliveriesfixture.h
  LABELS gui LIBS hookbench-ui)
