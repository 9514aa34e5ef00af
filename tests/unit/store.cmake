hb_add_test(NAME test_database SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_database.cpp LABELS unit store)
hb_add_test(NAME test_walcheckpointer SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_walcheckpointer.cpp LABELS unit store)
hb_add_test(NAME test_preparedstatement SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_preparedstatement.cpp LABELS unit store)
