hb_add_test(NAME test_aescipher SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_aescipher.cpp LABELS unit crypto)
hb_add_test(NAME test_webhooksignature SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_webhooksignature.cpp LABELS unit crypto)
hb_add_test(NAME test_securerandom SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_securerandom.cpp LABELS unit crypto)
