# Sources of hookbench-ui; paths relative to ui/.
target_sources(hookbench-ui PRIVATE
  application.cpp
  views/mainwindow.cpp
  models/payloadsnapshot.cpp
  models/payloadtreemodel.cpp
  models/webhookdocument.cpp
  models/webhookeditcommand.cpp
  models/mappingrowsmodel.cpp
  widgets/statusicons.cpp
  ../resources/hookbench.qrc
)
