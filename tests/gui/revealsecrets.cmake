# The window masks the API key and signatures (Request tab, refused requests) until "Reveal
# secrets" is clicked, offscreen.
hb_add_test(NAME test_revealsecrets
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_revealsecrets.cpp ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
          ${CMAKE_CURRENT_LIST_DIR}/deliveriesfixture.h
  LABELS gui LIBS hookbench-ui)
