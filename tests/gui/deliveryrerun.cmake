# Tests of the Re-run button of a Failed delivery in the Deliveries page's details, offscreen.
hb_add_test(NAME test_deliveryrerun
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_deliveryrerun.cpp ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
          ${CMAKE_CURRENT_LIST_DIR}/deliveriesfixture.h
  LABELS gui LIBS hookbench-ui)
