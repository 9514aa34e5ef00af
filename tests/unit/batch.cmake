# The tester's batch sends (issue 15): reading rows, filling the body template, the summary.
hb_add_test(NAME test_batchrows SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_batchrows.cpp
            LABELS unit delivery)
hb_add_test(NAME test_bodytemplate SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_bodytemplate.cpp
            LABELS unit delivery)
hb_add_test(NAME test_batchsummary SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_batchsummary.cpp
            LABELS unit delivery)
