# JsonReader and JsonWriter: numbers with every digit in and out (issue 14, "exact from the wire").
hb_add_test(NAME test_jsonreaderwriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_jsonreaderwriter.cpp
            LABELS unit payload)
