# Sources of the sender feature of hookbench-ui; paths relative to ui/.
set(hb_sender_sources
  sender/senderanswerview.cpp
  sender/senderexample.cpp
  sender/senderhistory.cpp
  sender/senderpage.cpp
  sender/senderpayloadcheck.cpp
  sender/senderrequestform.cpp
  sender/senderpagesend.cpp
  sender/senderpagesaved.cpp
  sender/senderheadersmodel.cpp
  sender/senderformmodel.cpp
  sender/senderbodyeditor.cpp
  sender/rowstableeditor.cpp
  sender/savedrequestsbar.cpp
  sender/sendercomposition.cpp
  sender/sentrecord.cpp
)
target_sources(hookbench-ui PRIVATE ${hb_sender_sources})
# The Batch and Negative cases tabs (issue 15), each in its own list.
include(${CMAKE_CURRENT_LIST_DIR}/batch.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/negative.cmake)
