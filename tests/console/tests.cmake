# tests of the organizer console (label "console")
include(console/window_tests.cmake)
include(console/codes_tests.cmake)
include(console/results_tests.cmake)
