# The Channels view of the Community page, offscreen, over real HTTP.
hb_add_test(NAME test_channelsview
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_channelsview.cpp ${CMAKE_CURRENT_LIST_DIR}/userviewfixture.h
  LABELS gui community LIBS hookbench-ui)
