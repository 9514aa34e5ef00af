# Sources of the deliveries feature of hookbench-ui; paths relative to ui/.
set(hb_deliveries_sources
  deliveries/deliverieslisting.cpp
  deliveries/deliveriesmodel.cpp
  deliveries/deliveriespage.cpp
  deliveries/deliverydetails.cpp
  deliveries/deliverydetailsview.cpp
  deliveries/deliveryfilterbar.cpp
  deliveries/deliveryoverviewtab.cpp
  deliveries/deliveryreruns.cpp
  deliveries/deliveryrequesttab.cpp
  deliveries/deliveryselection.cpp
  deliveries/deliveryselectionbar.cpp
  deliveries/hexdump.cpp
  deliveries/refusedrequestsdialog.cpp
  deliveries/refusedrequestsmodel.cpp
  deliveries/deliveryactions.cpp
  deliveries/deliveryexportdialog.cpp
  deliveries/deliveryexportjob.cpp
  deliveries/deliveryreplaydialog.cpp
)
target_sources(hookbench-ui PRIVATE ${hb_deliveries_sources})
