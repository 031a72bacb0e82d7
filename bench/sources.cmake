# benchmark targets
# pbvote-bench: Pabulib parsing speed and every rule's time on real elections, next to
# pabutools' times. Not a test: it reports figures and never fails the build.
set(PBVOTE_DATA_DIR "${CMAKE_SOURCE_DIR}/../shared/data" CACHE PATH
    "Shared data folder (holds pabulib/ with real elections and expected results)")
qt_add_executable(pbvote-bench PabulibBench.cpp)
target_link_libraries(pbvote-bench PRIVATE pbvote_core pbvote_settings)
target_compile_definitions(pbvote-bench PRIVATE PBVOTE_DATA_DIR="${PBVOTE_DATA_DIR}")
