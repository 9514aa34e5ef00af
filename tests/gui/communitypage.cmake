# The Community page's users table, user dialogs, set value, fields manager, export and following
# other processes' changes, offscreen on a real SQLite file (also runs the CLI: integration).
hb_add_test(NAME test_communitypage
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_communitypage.cpp
  LABELS gui integration community LIBS hookbench-ui)
