# Sources of hookbench-ui, by feature: each folder lists its own (ui/<feature>/sources.cmake), so
# that work on one page never edits another's list.
foreach(feature common webhooks deliveries community sender)
  include(${feature}/sources.cmake)
endforeach()
target_sources(hookbench-ui PRIVATE ../resources/hookbench.qrc)
