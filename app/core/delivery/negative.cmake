# The tester's negative cases (issue 15, SPEC §7 `send --negative`).
target_sources(hb-delivery PRIVATE
  core/delivery/negativecase.cpp
  core/delivery/negativecases.cpp
  core/delivery/negativerunner.cpp
)
