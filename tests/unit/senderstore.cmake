# The Sender's saved requests and history of sends in the store (issue 15), on SQLite and
# PostgreSQL.
hb_add_test(NAME test_senderservice SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_senderservice.cpp
            LABELS unit services)
