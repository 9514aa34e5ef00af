# The HTTP client behind the Sender page and `hookbench send`, over real loopback sockets.
hb_add_test(NAME test_httpsender SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_httpsender.cpp
            LABELS unit delivery TIMEOUT 120)
