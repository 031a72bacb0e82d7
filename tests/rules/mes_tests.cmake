# tests of the method of equal shares
pbvote_add_test(TestEqualShares
    SOURCES rules/TestEqualShares.cpp
    LABELS rules)
pbvote_add_test(TestEqualSharesProperties
    SOURCES rules/TestEqualSharesProperties.cpp
    LIBS PkgConfig::GMP
    LABELS rules)
pbvote_add_test(TestEqualSharesPabulib
    SOURCES rules/TestEqualSharesPabulib.cpp
    LABELS rules)
pbvote_add_test(TestOfficialOutcomes SOURCES rules/TestOfficialOutcomes.cpp LABELS rules pabulib)
pbvote_add_test(TestEveryRuleOnPabulib SOURCES rules/TestEveryRuleOnPabulib.cpp LABELS rules pabulib TIMEOUT 900)
