# The tester's batch sends (issue 15): rows, body template, sender, summary.
target_sources(hb-delivery PRIVATE
  core/delivery/batchrows.cpp
  core/delivery/batchsender.cpp
  core/delivery/batchsummary.cpp
  core/delivery/bodytemplate.cpp
)
