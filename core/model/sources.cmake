target_sources(pbvote_core PRIVATE
    model/Project.h
    model/BallotRules.h
    model/Ballot.h
    model/Round.h model/Round.cpp
    model/BallotValidator.h model/BallotValidator.cpp
    model/BallotDraft.h model/BallotDraft.cpp)
