hb_add_fuzzer(NAME fuzz_decrypt_decode SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_decrypt_decode.cpp)
