hb_add_test(NAME test_decimal SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_decimal.cpp LABELS unit payload)
hb_add_test(NAME test_jsonpointer SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_jsonpointer.cpp LABELS unit payload)
hb_add_test(NAME test_payloaddecoder SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_payloaddecoder.cpp LABELS unit payload)
