hb_add_test(NAME test_cli_send SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_send.cpp
            LABELS integration cli TIMEOUT 120)
