# Tests of the mapping engine and delivery processing.
hb_add_test(NAME test_changeplanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_changeplanner.cpp
            LABELS unit processing)
hb_add_test(NAME test_deliveryprocessor SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_deliveryprocessor.cpp
            LABELS unit processing)
