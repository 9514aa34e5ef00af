# A tester's header edits (the Sender, the batch).
hb_add_test(NAME test_headeredits SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_headeredits.cpp
            LABELS unit delivery)
