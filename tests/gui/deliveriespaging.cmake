# Tests of the Deliveries page on a long log (paging, id search, custom range, re-run of a
# selection, where a re-run sent a row) and with the window (counts, Show delivery N), offscreen.
foreach(name test_deliveriespaging test_deliverieswindow)
  hb_add_test(NAME ${name}
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
            ${CMAKE_CURRENT_LIST_DIR}/deliveriesfixture.h
    LABELS gui LIBS hookbench-ui)
endforeach()
# Not a test: the Deliveries page on a million deliveries (tests/bench/README.md).
add_executable(bench_deliveriespage ${CMAKE_CURRENT_LIST_DIR}/../bench/bench_deliveriespage.cpp)
target_link_libraries(bench_deliveriespage PRIVATE hookbench-ui Qt6::Test SQLite::SQLite3)
