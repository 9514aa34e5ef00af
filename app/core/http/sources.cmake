# Sources of hb::http; paths relative to app/ (hb-http).
target_sources(hb-http PRIVATE
  core/http/httprequest.cpp
  core/http/httpparser.cpp
  core/http/requestheadcheck.cpp
  core/http/httpconnection.cpp
  core/http/httpserver.cpp
  core/http/bytestream.h
  core/http/responseoutbox.cpp
  core/http/requestbudget.cpp
  core/http/plainsocketstream.cpp
  core/http/qtsocketstream.cpp
  core/http/socketpoller.cpp
)
