target_sources(pbvote_core PRIVATE
    util/Result.h
    util/Money.h util/Money.cpp
    util/AttemptThrottle.h util/AttemptThrottle.cpp
    util/Base64.h util/Base64.cpp
    util/Parallel.h util/Parallel.cpp
    util/LargeMemory.h util/LargeMemory.cpp
    util/MappedFile.h util/MappedFile.cpp
    util/Version.h util/Version.cpp)
target_compile_definitions(pbvote_core PRIVATE PBVOTE_VERSION="${PROJECT_VERSION}")
