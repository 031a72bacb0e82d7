# sources of core/rules: split so that rule families can be worked on apart
target_sources(pbvote_core PRIVATE rules/Instance.h rules/Outcome.h rules/RuleRegistry.h)
include(rules/greedy_sources.cmake)
include(rules/mes_sources.cmake)
