# Tests of the desktop window and the webhook designer (hookbench-ui), offscreen.
hb_add_test(NAME test_payloadtreemodel
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_payloadtreemodel.cpp
  LABELS gui designer LIBS hookbench-ui)
hb_add_test(NAME test_mappingrowsmodel
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_mappingrowsmodel.cpp
  LABELS gui designer LIBS hookbench-ui)
hb_add_test(NAME test_designer
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_designer.cpp ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
  LABELS gui designer LIBS hookbench-ui)
