# Fuzzing in the main build (label "fuzz"; docs/fuzzing.md), included by tests/CMakeLists.txt.
#
# Always (GCC):
#   FuzzSeedRecords  TestVerifier writeCorpus: the genuine and tampered records -> fuzz/seeds
#   FuzzSeedCorpus   pbvote_fuzz_seeds: the fuzzers' corpora from them -> fuzz/corpus
#   FuzzReplay       pbvote_fuzz_replay: fuzz/regressions/ and the corpus through both harnesses
# With PBVOTE_FUZZ (clang++ and libFuzzer found):
#   FuzzBuild        builds the ExternalProject pbvote_fuzzers (fuzz/CMakeLists.txt, clang,
#                    sanitizers) into fuzz/clang; not part of "all", so a plain build stays
#                    as fast as before; `cmake --build . --target pbvote_fuzzers` by hand
#   FuzzRecordSmoke  each fuzzer for PBVOTE_FUZZ_SECONDS on the corpus and the regressions
#                    (RunSmoke.cmake)
set(_fuzz_src "${CMAKE_CURRENT_LIST_DIR}")
set(_fuzz_out "${CMAKE_BINARY_DIR}/fuzz")
set(_fuzz_seeds "${_fuzz_out}/seeds")
set(_fuzz_corpus "${_fuzz_out}/corpus")
set(_fuzz_env "QT_QPA_PLATFORM=offscreen;PBVOTE_PASSPHRASE=test-passphrase")

qt_add_executable(pbvote_fuzz_replay
    ${_fuzz_src}/FuzzReplay.cpp
    ${_fuzz_src}/FuzzHarness.h ${_fuzz_src}/FuzzSupport.cpp
    ${_fuzz_src}/FuzzRecord.cpp ${_fuzz_src}/FuzzRecords.cpp)
target_compile_definitions(pbvote_fuzz_replay PRIVATE PBVOTE_FUZZ_REPLAY)
target_link_libraries(pbvote_fuzz_replay PRIVATE pbvote_core pbvote_settings)

qt_add_executable(pbvote_fuzz_seeds ${_fuzz_src}/FuzzSeeds.cpp)
target_link_libraries(pbvote_fuzz_seeds PRIVATE pbvote_core pbvote_settings)

add_test(NAME FuzzSeedRecords COMMAND TestVerifier writeCorpus)
set_tests_properties(FuzzSeedRecords PROPERTIES
    FIXTURES_SETUP pbvote_fuzz_seeds
    LABELS "fuzz"
    TIMEOUT 300
    ENVIRONMENT "${_fuzz_env};PBVOTE_RECORD_CORPUS=${_fuzz_seeds}")

add_test(NAME FuzzSeedCorpus COMMAND pbvote_fuzz_seeds "${_fuzz_seeds}" "${_fuzz_corpus}")
set_tests_properties(FuzzSeedCorpus PROPERTIES
    FIXTURES_REQUIRED pbvote_fuzz_seeds
    FIXTURES_SETUP pbvote_fuzz_corpus
    LABELS "fuzz"
    TIMEOUT 120)

add_test(NAME FuzzReplay
    COMMAND pbvote_fuzz_replay "${_fuzz_src}/regressions" "${_fuzz_corpus}/record" "${_fuzz_corpus}/records")
set_tests_properties(FuzzReplay PROPERTIES
    FIXTURES_REQUIRED pbvote_fuzz_corpus
    LABELS "fuzz"
    TIMEOUT 300
    ENVIRONMENT "${_fuzz_env}")

if(NOT PBVOTE_FUZZ)
    return()
endif()

set(PBVOTE_FUZZ_SECONDS 40 CACHE STRING "Seconds FuzzRecordSmoke runs each fuzzer")
set(PBVOTE_FUZZ_BUILD_JOBS 2 CACHE STRING "Parallel jobs of the fuzzers' clang build")

include(ExternalProject)
get_target_property(_fuzz_definitions pbvote_settings INTERFACE_COMPILE_DEFINITIONS)
ExternalProject_Add(pbvote_fuzzers
    SOURCE_DIR "${_fuzz_src}"
    BINARY_DIR "${_fuzz_out}/clang"
    PREFIX "${_fuzz_out}/clang-ep"
    CMAKE_ARGS
        "-DCMAKE_CXX_COMPILER=${PBVOTE_FUZZ_CXX}"
        "-DPBVOTE_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    CMAKE_CACHE_ARGS
        "-DPBVOTE_SETTINGS_DEFINITIONS:STRING=${_fuzz_definitions}"
        "-DCMAKE_PREFIX_PATH:STRING=${CMAKE_PREFIX_PATH}"
        "-DQt6_DIR:PATH=${Qt6_DIR}"
    BUILD_COMMAND ${CMAKE_COMMAND} --build <BINARY_DIR> -j ${PBVOTE_FUZZ_BUILD_JOBS}
    BUILD_ALWAYS TRUE # the inner build sees changes to core/; this only asks it
    INSTALL_COMMAND ""
    EXCLUDE_FROM_ALL TRUE
    BUILD_BYPRODUCTS "${_fuzz_out}/clang/FuzzRecord" "${_fuzz_out}/clang/FuzzRecords")

add_test(NAME FuzzBuild COMMAND ${CMAKE_COMMAND} --build "${CMAKE_BINARY_DIR}" --target pbvote_fuzzers)
set_tests_properties(FuzzBuild PROPERTIES
    FIXTURES_SETUP pbvote_fuzz_build
    LABELS "fuzz"
    PROCESSORS ${PBVOTE_FUZZ_BUILD_JOBS}
    TIMEOUT 1800)

add_test(NAME FuzzRecordSmoke
    COMMAND ${CMAKE_COMMAND}
        "-DFUZZERS=${_fuzz_out}/clang"
        "-DCORPUS=${_fuzz_corpus}"
        "-DREGRESSIONS=${_fuzz_src}/regressions"
        "-DARTIFACTS=${_fuzz_out}/artifacts"
        "-DDICTS=${_fuzz_src}"
        "-DSECONDS=${PBVOTE_FUZZ_SECONDS}"
        -P "${_fuzz_src}/RunSmoke.cmake")
set_tests_properties(FuzzRecordSmoke PROPERTIES
    FIXTURES_REQUIRED "pbvote_fuzz_build;pbvote_fuzz_corpus"
    LABELS "fuzz"
    TIMEOUT 600
    ENVIRONMENT "${_fuzz_env}")
