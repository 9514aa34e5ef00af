# The tester's negative cases (issue 15): which apply, what is promised, what each request is.
hb_add_test(NAME test_negativecases SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_negativecases.cpp
            LABELS unit delivery)
