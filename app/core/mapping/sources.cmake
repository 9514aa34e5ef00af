# Sources of hb::mapping; paths relative to app/ (hb-mapping).
target_sources(hb-mapping PRIVATE
  core/mapping/names.cpp
  core/mapping/fieldkey.cpp
  core/mapping/webhookconfig.cpp
  core/mapping/changeplan.cpp
  core/mapping/changeplanner.cpp
  core/mapping/messagetemplate.cpp
)
