# Sources of the sender feature of hookbench-ui; paths relative to ui/.
target_sources(hookbench-ui PRIVATE
  sender/senderanswerview.cpp
  sender/senderexample.cpp
  sender/senderhistory.cpp
  sender/senderpage.cpp
  sender/senderpayloadcheck.cpp
)
