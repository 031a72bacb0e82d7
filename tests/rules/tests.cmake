include(rules/greedy_tests.cmake)
include(rules/mes_tests.cmake)
