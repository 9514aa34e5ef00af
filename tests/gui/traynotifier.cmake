# The tray notifications: what is said about failed and stale deliveries, and when.
hb_add_test(NAME test_traynotifier
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_traynotifier.cpp ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
          ${CMAKE_CURRENT_LIST_DIR}/deliveriesfixture.h
  LABELS gui LIBS hookbench-ui)
