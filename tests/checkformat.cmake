# cmake -DCLANG_FORMAT=<exe> -DSOURCE_DIR=<root> -P checkformat.cmake
# Fails, naming each file, when a C++ source under app/, ui/ or tests/ differs from what
# clang-format makes of it with the root .clang-format. Fix with: clang-format -i <file>
file(GLOB_RECURSE sources
  ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
  ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
  ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
# One clang-format run for all files; its messages start with the path of each file that differs.
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${sources}
                RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE messages)
set(unformatted "")
if(NOT result EQUAL 0)
  string(REGEX MATCHALL "[^\n]+: error: code should be clang-formatted" hits "${messages}")
  foreach(hit ${hits})
    string(REGEX REPLACE ":[0-9]+:[0-9]+: error: code should be clang-formatted$" "" path "${hit}")
    file(RELATIVE_PATH relative ${SOURCE_DIR} ${path})
    list(APPEND unformatted ${relative})
  endforeach()
  list(REMOVE_DUPLICATES unformatted)
  if(NOT unformatted)
    message(FATAL_ERROR "clang-format failed: ${messages}")
  endif()
endif()
if(unformatted)
  list(JOIN unformatted "\n  " listed)
  message(FATAL_ERROR "not formatted with .clang-format (run clang-format -i on them):\n  ${listed}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files formatted as .clang-format says")
