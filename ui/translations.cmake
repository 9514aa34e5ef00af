# The window's translations (issue 16): translations/hookbench_<lang>.ts, kept up to date from the
# sources with `cmake --build <dir> --target update_translations` (lupdate), compiled by lrelease
# into the resources at :/hookbench/translations/, where application.cpp loads the one of the
# system's locale. Unfinished entries are left out of the .qm, so their English shows instead.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)
qt_add_translations(hookbench-ui
  TS_FILES ${PROJECT_SOURCE_DIR}/translations/hookbench_de.ts
  RESOURCE_PREFIX /hookbench/translations
  # Relative locations keep the .ts readable in a review; obsolete entries are dropped so the file
  # lists only what the window can show.
  LUPDATE_OPTIONS -locations relative -no-obsolete
  LRELEASE_OPTIONS -silent)
