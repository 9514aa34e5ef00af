# The tester's batch sends (issue 15): BatchSender against an in-process catcher, and
# `hookbench send --batch` against `hookbench serve`, both over loopback sockets.
hb_add_test(NAME test_batchsender
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_batchsender.cpp
                    ${CMAKE_CURRENT_LIST_DIR}/catcherfixture.h
                    ${CMAKE_CURRENT_LIST_DIR}/catcherclient.h
            LABELS integration delivery TIMEOUT 300)
hb_add_test(NAME test_cli_sendbatch SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_cli_sendbatch.cpp
            LABELS integration cli TIMEOUT 300)
