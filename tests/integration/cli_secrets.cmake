# `delivery show` and `refused` mask the API key and signatures unless --reveal, as the executable.
hb_add_test(NAME test_cli_secrets SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_secrets.cpp
            LABELS integration cli)
