# The community's hand-made edits (users, values, balances, fields, export) and the community
# version windows poll, on SQLite and PostgreSQL.
hb_add_test(NAME test_communityedits SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_communityedits.cpp
            LABELS unit community store)
