# Issue 14 in the designer: suggestions inferred from a sample, the conditions and transform
# models, and conditions, transforms and for-each built by clicking the tree.
hb_add_test(NAME test_mappingsuggestions
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_mappingsuggestions.cpp
  LABELS gui designer LIBS hookbench-ui)
hb_add_test(NAME test_conditionsmodel
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_conditionsmodel.cpp
  LABELS gui designer LIBS hookbench-ui)
hb_add_test(NAME test_designer_power
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_designer_power.cpp
    ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
  LABELS gui designer LIBS hookbench-ui)
