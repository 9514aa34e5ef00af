# Sources of the common feature of hookbench-ui; paths relative to ui/.
set(hb_common_sources
  common/application.cpp
  common/comingpage.cpp
  common/jsontext.cpp
  common/localtime.cpp
  common/logtableview.cpp
  common/mainwindow.cpp
  common/messagelabel.cpp
  common/readonlytextview.cpp
  common/settingsdialog.cpp
  common/statusicons.cpp
)
target_sources(hookbench-ui PRIVATE ${hb_common_sources})
target_sources(hookbench-ui PRIVATE
  common/aboutdialog.cpp
  common/helpwindow.cpp
  common/shortcutsdialog.cpp
  common/theme.cpp
  common/translations.cpp
  common/errortext.cpp
  common/paletteiconengine.cpp
  common/deliveryalerts.cpp
  common/traynotifier.cpp
  common/workerthread.cpp
)
