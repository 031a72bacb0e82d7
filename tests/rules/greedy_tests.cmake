# tests of greedy, phragmen, max-welfare, registry
pbvote_add_test(TestExplain SOURCES rules/TestExplain.cpp LABELS rules)
pbvote_add_test(TestGreedyRule SOURCES rules/TestGreedyRule.cpp rules/TestInstances.h LABELS rules)
pbvote_add_test(TestPhragmenRule SOURCES rules/TestPhragmenRule.cpp rules/TestInstances.h
    LIBS PkgConfig::GMP LABELS rules)
pbvote_add_test(TestMaxWelfareRule SOURCES rules/TestMaxWelfareRule.cpp rules/TestInstances.h LABELS rules)
pbvote_add_test(TestDistrictCount SOURCES rules/TestDistrictCount.cpp rules/TestInstances.h LABELS rules)
pbvote_add_test(TestRuleRegistry SOURCES rules/TestRuleRegistry.cpp rules/TestInstances.h LABELS rules)
pbvote_add_test(TestRulesOnPabulib SOURCES rules/TestRulesOnPabulib.cpp LABELS rules pabulib)
