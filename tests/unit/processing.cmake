# Tests of the mapping engine and delivery processing.
hb_add_test(NAME test_changeplanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_changeplanner.cpp
            LABELS unit processing)
hb_add_test(NAME test_deliveryprocessor SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_deliveryprocessor.cpp
            LABELS unit processing)
hb_add_test(NAME test_deliverysummary SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_deliverysummary.cpp
            LABELS unit processing)
# Throughput benchmark, not a CTest test: run it from a Release build (see tests/bench/).
add_executable(bench_processing ${CMAKE_CURRENT_LIST_DIR}/../bench/bench_processing.cpp)
target_link_libraries(bench_processing PRIVATE hookbench-core)
if(HOOKBENCH_JEMALLOC) # the allocator serve runs with
  target_link_libraries(bench_processing PRIVATE -Wl,--no-as-needed ${JEMALLOC_LIBRARY})
endif()
