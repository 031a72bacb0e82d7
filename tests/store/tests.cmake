# tests of store (label "store"): the ballot store, casting, sealed ballots, access
# codes, secrecy of cast order, checkpoints, and crash recovery (label "durability").
# pbvote_test_support is defined in tests/core/tests.cmake (included first).
pbvote_add_test(TestBallotStore SOURCES store/TestBallotStore.cpp LIBS pbvote_test_support LABELS store)
pbvote_add_test(TestCasting SOURCES store/TestCasting.cpp LIBS pbvote_test_support LABELS store)
pbvote_add_test(TestBallotCrypto SOURCES store/TestBallotCrypto.cpp LIBS pbvote_test_support LABELS store)
pbvote_add_test(TestAccessCodes SOURCES store/TestAccessCodes.cpp LIBS pbvote_test_support LABELS store)
pbvote_add_test(TestSecrecy SOURCES store/TestSecrecy.cpp LIBS pbvote_test_support LABELS store)
pbvote_add_test(TestCheckpoints SOURCES store/TestCheckpoints.cpp LIBS pbvote_test_support LABELS store)
pbvote_add_test(TestImportAndMigration SOURCES store/TestImportAndMigration.cpp LABELS store formats)
pbvote_add_test(TestProjectImages SOURCES store/TestProjectImages.cpp LIBS pbvote_test_support LABELS store)
pbvote_add_test(TestInterruptions SOURCES store/TestInterruptions.cpp LIBS pbvote_test_support LABELS store durability)

# Durability: a helper process casts in a loop and is killed with SIGKILL at random.
qt_add_executable(pbvote-crash-child store/CrashChild.cpp)
target_link_libraries(pbvote-crash-child PRIVATE pbvote_core pbvote_settings)
pbvote_add_test(TestCrashRecovery SOURCES store/TestCrashRecovery.cpp LIBS pbvote_test_support
    LABELS store durability TIMEOUT 600)
target_compile_definitions(TestCrashRecovery PRIVATE PBVOTE_CRASH_CHILD_PATH="$<TARGET_FILE:pbvote-crash-child>")
add_dependencies(TestCrashRecovery pbvote-crash-child)
pbvote_add_test(TestRoundAdmin SOURCES store/TestRoundAdmin.cpp LIBS pbvote_test_support LABELS store)
