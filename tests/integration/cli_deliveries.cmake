# The delivery log's tools (list filters, export, curl, replay) over the real executable and a
# real catcher.
hb_add_test(NAME test_cli_deliveries SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_deliveries.cpp
            LABELS integration cli TIMEOUT 180)
