# A webhook whose stored configuration cannot be read: listed, refused by name, its deliveries
# failed, and every other webhook still served and processed.
hb_add_test(NAME test_damagedwebhook SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_damagedwebhook.cpp
            LABELS unit processing)
