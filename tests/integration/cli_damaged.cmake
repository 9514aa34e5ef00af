# The webhook and delivery commands on a store where one webhook's configuration is damaged, run as
# the real executable.
hb_add_test(NAME test_cli_damaged SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_damaged.cpp
            LABELS integration processing cli)
