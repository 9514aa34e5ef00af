# The catcher in front of a webhook whose stored configuration cannot be read.
hb_add_test(NAME test_catcher_damaged SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_catcher_damaged.cpp ${CMAKE_CURRENT_LIST_DIR}/catcherfixture.h ${CMAKE_CURRENT_LIST_DIR}/catcherclient.h LABELS integration http TIMEOUT 300)
