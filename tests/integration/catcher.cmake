hb_add_test(NAME test_catcher SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_catcher.cpp ${CMAKE_CURRENT_LIST_DIR}/catcherclient.h LABELS integration http TIMEOUT 300)
hb_add_test(NAME test_serve SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_serve.cpp ${CMAKE_CURRENT_LIST_DIR}/catcherclient.h LABELS integration http TIMEOUT 300)
