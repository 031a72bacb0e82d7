target_sources(pbvote_core PRIVATE
    util/Result.h
    util/Version.h util/Version.cpp)
target_compile_definitions(pbvote_core PRIVATE PBVOTE_VERSION="${PROJECT_VERSION}")
