# Translations (issue 16): a pseudo-translation finds every text of the window shown without
# tr(), every translated text is in the .ts file, and the German one is compiled in and loaded.
hb_add_test(NAME test_translations
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_translations.cpp ${CMAKE_CURRENT_LIST_DIR}/pseudotranslator.h
          ${CMAKE_CURRENT_LIST_DIR}/designerfixture.h
  LABELS gui LIBS hookbench-ui)
target_compile_definitions(test_translations PRIVATE HOOKBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
