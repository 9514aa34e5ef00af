# "What happened to this user?" and the channels, as the services read them, on both stores.
# processorfixture.h among the sources: AUTOMOC makes the fixture's meta-object for this test.
hb_add_test(NAME test_useractivity
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_useractivity.cpp
                    ${CMAKE_CURRENT_LIST_DIR}/processorfixture.h
            LABELS unit community store)
