# Webhook configuration importer (SPEC §2): WebhookConfig::fromJson and its toJson round trip.
hb_add_fuzzer(NAME fuzz_webhook_config SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_webhook_config.cpp
              DICT ${CMAKE_CURRENT_LIST_DIR}/webhook_config.dict
              CORPUS ${CMAKE_CURRENT_LIST_DIR}/corpus/webhook_config)
