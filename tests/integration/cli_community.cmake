# The field, user and webhook commands, run as the real executable on a temporary store.
hb_add_test(NAME test_cli_community SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_community.cpp
            LABELS integration community cli)
