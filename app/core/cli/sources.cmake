# Sources of hb::cli; paths relative to app/ (hb-cli).
target_sources(hb-cli PRIVATE
  core/cli/commandline.cpp
  core/cli/fieldcommand.cpp
  core/cli/usercommand.cpp
  core/cli/webhookcommand.cpp
  core/cli/commandoptions.cpp
  core/cli/texttable.cpp
  core/cli/deliverycommand.cpp
  core/cli/historycommand.cpp
  core/cli/gamificationlogcommand.cpp
  core/cli/messagecommand.cpp
  core/cli/refusedcommand.cpp
  core/cli/servecommand.cpp
  core/cli/sendcommand.cpp
  core/cli/sendinputs.cpp
  core/cli/servesignals.cpp
  core/cli/serveactivitylog.cpp
  core/cli/usereditcommand.cpp
)
# The delivery log's filters, export, curl and replay (SPEC §7).
target_sources(hb-cli PRIVATE
  core/cli/deliveryoptions.cpp
  core/cli/deliveryexportcommand.cpp
  core/cli/deliveryreplaycommand.cpp
)
# `send --batch` and `send --negative` (SPEC §7), each in its own list.
include(${CMAKE_CURRENT_LIST_DIR}/sendbatch.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/sendnegative.cmake)
