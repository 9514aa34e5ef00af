# Sources of hookbench-ui; paths relative to ui/.
target_sources(hookbench-ui PRIVATE
  application.cpp
  models/deliveriesmodel.cpp
  models/mappingrowsmodel.cpp
  models/payloadsnapshot.cpp
  models/payloadtreemodel.cpp
  models/samplerequest.cpp
  models/webhookdocument.cpp
  models/webhookeditcommand.cpp
  views/comingpage.cpp
  views/deliveriespage.cpp
  views/mainwindow.cpp
  views/mappingpanel.cpp
  views/newfielddialog.cpp
  views/previewpanel.cpp
  views/samplepanel.cpp
  views/settingsdialog.cpp
  views/webhooklistpanel.cpp
  views/webhookspage.cpp
  views/webhookspageactions.cpp
  views/webhooksettingspanel.cpp
  widgets/mappingrowdelegate.cpp
  widgets/messagelabel.cpp
  widgets/statusicons.cpp
  ../resources/hookbench.qrc
)
