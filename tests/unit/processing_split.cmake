# The delivery processor tests beside test_deliveryprocessor (in processing.cmake), one executable
# a topic; they share the store and helpers of processorfixture.h.
foreach(topic failures records concurrency)
  hb_add_test(NAME test_deliveryprocessor_${topic}
              SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_deliveryprocessor_${topic}.cpp
                      ${CMAKE_CURRENT_LIST_DIR}/processorfixture.h
              LABELS unit processing)
endforeach()
# test_deliveryprocessor (registered in processing.cmake) derives from the fixture's QObject too:
# with the header among its sources, AUTOMOC generates the fixture's meta-object for it as well.
target_sources(test_deliveryprocessor PRIVATE ${CMAKE_CURRENT_LIST_DIR}/processorfixture.h)
