# Webhook configuration importer (SPEC §2): WebhookConfig::fromJson and its toJson round trip.
hb_add_fuzzer(NAME fuzz_webhook_config SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_webhook_config.cpp)
# A short run for ctest (the seed corpus, then new inputs), bounded in runs and in time. New
# inputs go to a corpus folder in the build tree; the seeds in the source tree are only read.
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/corpus/webhook_config)
add_test(NAME fuzz_webhook_config
         COMMAND fuzz_webhook_config -seed=1 -runs=200000 -max_total_time=40 -max_len=4096
                 -timeout=10 -dict=${CMAKE_CURRENT_LIST_DIR}/webhook_config.dict
                 -artifact_prefix=${CMAKE_CURRENT_BINARY_DIR}/fuzz_webhook_config-
                 ${CMAKE_CURRENT_BINARY_DIR}/corpus/webhook_config
                 ${CMAKE_CURRENT_LIST_DIR}/corpus/webhook_config)
set_tests_properties(fuzz_webhook_config PROPERTIES LABELS fuzz TIMEOUT 90)
