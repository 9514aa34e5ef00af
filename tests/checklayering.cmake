# cmake -DSOURCE_DIR=<root> -P checklayering.cmake
# DESIGN: the front ends (the window, ui/, and the commands, app/core/cli/) reach the store only
# through services/. A front-end file that includes a store header fails this test, naming the
# file and the line.
file(GLOB_RECURSE sources ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
     ${SOURCE_DIR}/app/core/cli/*.cpp ${SOURCE_DIR}/app/core/cli/*.h)
set(offending "")
foreach(source ${sources})
  file(STRINGS ${source} lines REGEX "^#include \"store/")
  foreach(line ${lines})
    file(RELATIVE_PATH relative ${SOURCE_DIR} ${source})
    list(APPEND offending "${relative}: ${line}")
  endforeach()
endforeach()
if(offending)
  list(JOIN offending "\n  " listed)
  message(FATAL_ERROR "front-end files that include store headers (use services/ instead):\n  ${listed}")
endif()
list(LENGTH sources count)
message(STATUS "${count} front-end files reach the store only through services/")
