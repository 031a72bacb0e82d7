# tests of core: ballot rules, round lifecycle, signed records (label "core").

# Test support shared by the store and cli tests (defined first: this file is included
# before the others). Rounds ready for voting with keys generated in memory.
add_library(pbvote_test_support STATIC support/StoreFixture.h support/StoreFixture.cpp
    support/TalliedRound.h support/TalliedRound.cpp)
target_include_directories(pbvote_test_support PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/support)
target_link_libraries(pbvote_test_support PUBLIC pbvote_core pbvote_settings Qt6::Core Qt6::Sql)

pbvote_add_test(TestBallotValidator SOURCES core/TestBallotValidator.cpp LABELS core)
pbvote_add_test(TestRoundLifecycle SOURCES core/TestRoundLifecycle.cpp LABELS core)
pbvote_add_test(TestRecords SOURCES core/TestRecords.cpp LABELS core)
pbvote_add_test(TestBallotDraft SOURCES core/TestBallotDraft.cpp LIBS pbvote_test_support LABELS core)
pbvote_add_test(TestAttemptThrottle SOURCES core/TestAttemptThrottle.cpp LABELS core)
pbvote_add_test(TestMoney SOURCES core/TestMoney.cpp LABELS core)
pbvote_add_test(TestBatchVerify SOURCES core/TestBatchVerify.cpp LABELS core crypto)
pbvote_add_test(TestBase64 SOURCES core/TestBase64.cpp LABELS core)
pbvote_add_test(TestLargeMemory SOURCES core/TestLargeMemory.cpp LABELS core)
pbvote_add_test(TestParallel SOURCES core/TestParallel.cpp LABELS core)
pbvote_add_test(TestMappedFile SOURCES core/TestMappedFile.cpp LABELS core)
