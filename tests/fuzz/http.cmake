hb_add_fuzzer(NAME fuzz_http_parser SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_http_parser.cpp)
