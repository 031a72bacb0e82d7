target_sources(pbvote_core PRIVATE
    store/Clock.h
    store/SqlHelpers.h store/SqlHelpers.cpp
    store/Schema.h store/Schema.cpp
    store/BallotStore.h store/BallotStore.cpp store/BallotStoreVoting.cpp store/BallotStoreAdmin.cpp
    store/StoreInternal.h
    store/RoundCounter.h store/RoundCounter.cpp
    store/RoundTally.h store/RoundTally.cpp
    store/KeyVault.h store/KeyVault.cpp)
