# user set / remove / export and field rename, run as the real executable on a temporary store.
hb_add_test(NAME test_cli_community_edit
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_community_edit.cpp
            LABELS integration community cli)
