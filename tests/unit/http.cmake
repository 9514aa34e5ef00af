hb_add_test(NAME test_httpparser SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_httpparser.cpp LABELS unit http)
hb_add_test(NAME test_deliverywriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_deliverywriter.cpp LABELS unit store)
