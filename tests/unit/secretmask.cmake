# What is secret in a request and how it is masked for display (SPEC §3), and that every printer
# of requests outside the window (RecordJson, serve's stderr) uses it.
hb_add_test(NAME test_secretmask SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_secretmask.cpp
            LABELS unit services cli)
