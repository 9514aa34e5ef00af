# Sources of hb::store; paths relative to app/ (hb-store).
target_sources(hb-store PRIVATE
  core/store/database.cpp
  core/store/schema.cpp
  core/store/fieldrepository.cpp
  core/store/userrepository.cpp
  core/store/webhookrepository.cpp
  core/store/csvimporter.cpp
  core/store/deliveryrepository.cpp
  core/store/processingstore.cpp
  core/store/rejectionlog.cpp
  core/store/deliverywriter.cpp
  core/store/headersjson.cpp
  core/store/requestjson.cpp
  core/store/sqliteintake.cpp
  core/store/preparedstatement.cpp
  core/store/qtsqlstatement.cpp
  core/store/sqlitestatement.cpp
  core/store/deliveryinsertsql.cpp
  core/store/deliveryconditions.cpp
  core/store/deliverybatchreader.cpp
  core/store/walcheckpointer.cpp
  core/store/activityrepository.cpp
  core/store/communitychanges.cpp
  core/store/communityeditor.cpp
  core/store/csvexporter.cpp
  core/store/useractivityrepository.cpp
)
