# method of equal shares and its completions
target_sources(pbvote_core PRIVATE
    rules/EqualSharesRule.h
    rules/EqualSharesRule.cpp
    rules/EqualSharesEngine.h
    rules/EqualSharesEngine.cpp)
