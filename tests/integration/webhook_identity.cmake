# Webhooks as an identity (rename, replace, remove) and drafts' samples, over real sockets with
# `hookbench serve` and the CLI in other processes, on SQLite and PostgreSQL.
hb_add_test(NAME test_webhook_identity
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_webhook_identity.cpp ${CMAKE_CURRENT_LIST_DIR}/catcherclient.h
  LABELS integration cli catcher)
