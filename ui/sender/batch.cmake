# The Sender page's Batch tab (issue 15).
target_sources(hookbench-ui PRIVATE
  sender/batchpanel.cpp
  sender/batchsummaryview.cpp
)
