# Conditions, transforms and for-each (issue 14): the pure engine and the configuration file.
hb_add_test(NAME test_decimalarithmetic SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_decimalarithmetic.cpp
            LABELS unit payload)
hb_add_test(NAME test_conditionevaluator SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_conditionevaluator.cpp
            LABELS unit processing)
hb_add_test(NAME test_transformchain SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_transformchain.cpp
            LABELS unit processing)
hb_add_test(NAME test_deliveryplanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_deliveryplanner.cpp
            LABELS unit processing)
hb_add_test(NAME test_mappingconfig SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_mappingconfig.cpp
            LABELS unit processing)
hb_add_test(NAME test_webhookpreview SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_webhookpreview.cpp
            LABELS unit services)
