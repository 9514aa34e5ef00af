# The services front ends call (webhooks, community, deliveries), on SQLite and PostgreSQL.
hb_add_test(NAME test_services SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_services.cpp
            LABELS unit services)
