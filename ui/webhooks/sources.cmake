# Sources of the webhooks feature of hookbench-ui; paths relative to ui/.
set(hb_webhooks_sources
  webhooks/draftbanner.cpp
  webhooks/mappingpanel.cpp
  webhooks/mappingpanelgroups.cpp
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
  webhooks/webhookspagelayout.cpp
  webhooks/webhookspagecatch.cpp
  webhooks/webhookspagepreview.cpp
)
target_sources(hookbench-ui PRIVATE ${hb_webhooks_sources})
