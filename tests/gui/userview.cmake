# The user view ("what happened to this user?") and its rows model, offscreen, over real HTTP.
hb_add_test(NAME test_userview
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_userview.cpp ${CMAKE_CURRENT_LIST_DIR}/userviewfixture.h
  LABELS gui community LIBS hookbench-ui)
hb_add_test(NAME test_userviewmodel
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_userviewmodel.cpp
  LABELS gui community LIBS hookbench-ui)
