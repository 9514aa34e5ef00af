# Sources of the webhooks feature of hookbench-ui; paths relative to ui/.
target_sources(hookbench-ui PRIVATE
  webhooks/draftbanner.cpp
  webhooks/mappingpanel.cpp
  webhooks/mappingrowdelegate.cpp
  webhooks/mappingrowsmodel.cpp
  webhooks/newfielddialog.cpp
  webhooks/payloadfilterproxy.cpp
  webhooks/payloadsnapshot.cpp
  webhooks/payloadtreemodel.cpp
  webhooks/previewpanel.cpp
  webhooks/samplepanel.cpp
  webhooks/samplerequest.cpp
  webhooks/undoshortcutfilter.cpp
  webhooks/webhookdocument.cpp
  webhooks/webhookeditcommand.cpp
  webhooks/webhooklistpanel.cpp
  webhooks/webhooksettingspanel.cpp
  webhooks/webhookspage.cpp
  webhooks/webhookspageactions.cpp
  webhooks/webhookspagecatch.cpp
  webhooks/webhookspagepreview.cpp
)
