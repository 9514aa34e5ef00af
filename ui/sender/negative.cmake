# The Sender's Negative cases tab (issue 15).
target_sources(hookbench-ui PRIVATE
  sender/negativecasesmodel.cpp
  sender/negativecasespanel.cpp
)
