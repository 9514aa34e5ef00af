# Themes (issue 16): the Deliveries page readable in the dark and light palettes (WCAG contrast of
# text and icons), offscreen; HOOKBENCH_SCREENSHOTS=<folder> saves what it checked as PNG.
hb_add_test(NAME test_darktheme
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_darktheme.cpp ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
          ${CMAKE_CURRENT_LIST_DIR}/deliveriesfixture.h
  LABELS gui LIBS hookbench-ui)
