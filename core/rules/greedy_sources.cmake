# greedy, phragmen, max-welfare, registry, tie-breaking, districts
target_sources(pbvote_core PRIVATE
    rules/TieBreakOrder.h
    rules/TieBreak.cpp
    rules/Explain.h
    rules/Explain.cpp
    rules/GreedyRule.h
    rules/GreedyRule.cpp
    rules/PhragmenRule.h
    rules/PhragmenRule.cpp
    rules/MaxWelfareRule.h
    rules/MaxWelfareRule.cpp
    rules/DistrictCount.h
    rules/DistrictCount.cpp
    rules/RuleRegistry.cpp)
