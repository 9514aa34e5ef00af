# Community data and webhook configuration: field keys, the configuration file, repositories, CSV.
hb_add_test(NAME test_fieldkey SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_fieldkey.cpp
            LABELS unit community)
hb_add_test(NAME test_webhookconfig SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_webhookconfig.cpp
            LABELS unit community)
hb_add_test(NAME test_communityrepositories
            SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_communityrepositories.cpp
            LABELS unit community store)
hb_add_test(NAME test_csvimporter SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_csvimporter.cpp
            LABELS unit community store)
