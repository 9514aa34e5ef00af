# The tester's negative cases (issue 15): the runner against the in-process catcher, and
# `hookbench send --negative` against `hookbench serve`.
hb_add_test(NAME test_negativerunner
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_negativerunner.cpp ${CMAKE_CURRENT_LIST_DIR}/catcherfixture.h
          ${CMAKE_CURRENT_LIST_DIR}/catcherclient.h
  LABELS integration http TIMEOUT 300)
hb_add_test(NAME test_cli_send_negative SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_send_negative.cpp
            LABELS integration cli TIMEOUT 300)
