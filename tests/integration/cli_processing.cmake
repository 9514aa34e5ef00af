# The delivery, history, gamification-log and message commands, run as the real executable.
hb_add_test(NAME test_cli_processing SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_processing.cpp
            LABELS integration processing cli)
