# The catcher's strict HTTP/1.1 rules (SPEC §3) over real sockets, plain and TLS.
hb_add_test(NAME test_catcher_strict SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_catcher_strict.cpp ${CMAKE_CURRENT_LIST_DIR}/catcherfixture.h ${CMAKE_CURRENT_LIST_DIR}/catcherclient.h LABELS integration http TIMEOUT 300)
