# Sources of hb::mapping; paths relative to app/ (hb-mapping).
target_sources(hb-mapping PRIVATE
  core/mapping/names.cpp
  core/mapping/fieldkey.cpp
  core/mapping/webhookconfig.cpp
  core/mapping/changeplan.cpp
  core/mapping/changeplanner.cpp
  core/mapping/messagetemplate.cpp
  core/mapping/valuetext.cpp
  core/mapping/numbervalue.cpp
  core/mapping/transformchain.cpp
  core/mapping/conditionevaluator.cpp
  core/mapping/deliveryplanner.cpp
  core/mapping/transformconfig.cpp
  core/mapping/conditionconfig.cpp
)
