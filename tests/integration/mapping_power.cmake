# Conditions, transforms and for-each (issue 14) through `hookbench serve` on SQLite and PostgreSQL.
hb_add_test(NAME test_mapping_power
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_mapping_power.cpp ${CMAKE_CURRENT_LIST_DIR}/catcherclient.h
  LABELS integration processing catcher)
