# Sources of hb::mapping; paths relative to app/.
target_sources(hookbench-core PRIVATE
  core/mapping/names.cpp
  core/mapping/fieldkey.cpp
  core/mapping/webhookconfig.cpp
  core/mapping/changeplan.cpp
  core/mapping/changeplanner.cpp
  core/mapping/messagetemplate.cpp
)
