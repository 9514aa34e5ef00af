# The delivery log's export engine and writers, curl and replay requests (SPEC §7).
# On the processor's fixture (both stores): its header among the sources, for AUTOMOC.
hb_add_test(NAME test_deliveryexport
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_deliveryexport.cpp
                    ${CMAKE_CURRENT_LIST_DIR}/processorfixture.h
            LABELS unit services)
hb_add_test(NAME test_deliveryexport_writers
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_deliveryexport_writers.cpp
            LABELS unit services)
# Export throughput and memory, not a CTest test: run it from a Release build (tests/bench/).
add_executable(bench_export ${CMAKE_CURRENT_LIST_DIR}/../bench/bench_export.cpp)
target_link_libraries(bench_export PRIVATE hookbench-core)
if(HOOKBENCH_JEMALLOC) # the allocator the executable runs with
  target_link_libraries(bench_export PRIVATE -Wl,--no-as-needed ${JEMALLOC_LIBRARY})
endif()
