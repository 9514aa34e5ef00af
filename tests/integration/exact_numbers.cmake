# Exact from the wire (issue 14): numbers of 20 to 38 digits, tiny fractions and exponents posted
# to `hookbench serve`, applied and printed digit for digit, on SQLite and PostgreSQL.
hb_add_test(NAME test_exact_numbers
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_exact_numbers.cpp ${CMAKE_CURRENT_LIST_DIR}/catcherclient.h
  LABELS integration processing catcher)
