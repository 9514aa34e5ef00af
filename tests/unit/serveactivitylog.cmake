hb_add_test(NAME test_serveactivitylog SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_serveactivitylog.cpp
            LABELS unit cli)
