# CSV user import (SPEC §7): CsvImporter::parse, canonicalValue and importCsv on an SQLite store.
hb_add_fuzzer(NAME fuzz_csv_import SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_csv_import.cpp
              DICT ${CMAKE_CURRENT_LIST_DIR}/csv_import.dict
              CORPUS ${CMAKE_CURRENT_LIST_DIR}/corpus/csv_import)
