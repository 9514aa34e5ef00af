# CSV user import (SPEC §7): CsvImporter::parse, canonicalValue and importCsv on an SQLite store.
hb_add_fuzzer(NAME fuzz_csv_import SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_csv_import.cpp)
# A short run for ctest (the seed corpus, then new inputs), bounded in runs and in time. New
# inputs go to a corpus folder in the build tree; the seeds in the source tree are only read.
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/corpus/csv_import)
add_test(NAME fuzz_csv_import
         COMMAND fuzz_csv_import -seed=1 -runs=100000 -max_total_time=40 -max_len=4096
                 -timeout=10 -dict=${CMAKE_CURRENT_LIST_DIR}/csv_import.dict
                 -artifact_prefix=${CMAKE_CURRENT_BINARY_DIR}/fuzz_csv_import-
                 ${CMAKE_CURRENT_BINARY_DIR}/corpus/csv_import
                 ${CMAKE_CURRENT_LIST_DIR}/corpus/csv_import)
set_tests_properties(fuzz_csv_import PROPERTIES LABELS fuzz TIMEOUT 90)
