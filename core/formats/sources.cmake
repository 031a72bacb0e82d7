# sources of core/formats
target_sources(pbvote_core PRIVATE
    formats/PabulibReader.h formats/PabulibReader.cpp
    formats/PabulibWriter.h formats/PabulibWriter.cpp
    formats/OutcomeJson.h formats/OutcomeJson.cpp
    formats/PabulibRound.h formats/PabulibRound.cpp
    formats/ProjectCsv.h formats/ProjectCsv.cpp)
