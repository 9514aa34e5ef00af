# The catcher in-process over loopback sockets: HTTP itself, and what each webhook asks of a request.
hb_add_test(NAME test_catcher SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_catcher.cpp ${CMAKE_CURRENT_LIST_DIR}/catcherfixture.h ${CMAKE_CURRENT_LIST_DIR}/catcherclient.h LABELS integration http TIMEOUT 300)
hb_add_test(NAME test_catcher_webhooks SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_catcher_webhooks.cpp ${CMAKE_CURRENT_LIST_DIR}/catcherfixture.h ${CMAKE_CURRENT_LIST_DIR}/catcherclient.h LABELS integration http TIMEOUT 300)
hb_add_test(NAME test_serve SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_serve.cpp ${CMAKE_CURRENT_LIST_DIR}/catcherclient.h LABELS integration http TIMEOUT 300)
