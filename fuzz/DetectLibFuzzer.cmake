# Included by the top-level CMakeLists.txt before option(PBVOTE_FUZZ). Looks for a clang++
# and its libFuzzer runtime (Debian: clang, libclang-rt-14-dev) and sets
#   PBVOTE_FUZZ_CXX       (cache) the clang++ the fuzzers are built with
#   PBVOTE_FUZZ_FOUND     TRUE when that clang++ has libFuzzer, so PBVOTE_FUZZ defaults ON
#   PBVOTE_FUZZ_WHY_NOT   what is missing otherwise
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang" AND NOT PBVOTE_FUZZ_CXX)
    set(PBVOTE_FUZZ_CXX "${CMAKE_CXX_COMPILER}" CACHE FILEPATH "clang++ for the fuzzers (fuzz/)")
endif()
find_program(PBVOTE_FUZZ_CXX NAMES clang++ clang++-19 clang++-18 clang++-17 clang++-16 clang++-15 clang++-14
    DOC "clang++ for the fuzzers (fuzz/)")

set(PBVOTE_FUZZ_FOUND FALSE)
set(PBVOTE_FUZZ_WHY_NOT "")
if(NOT PBVOTE_FUZZ_CXX)
    set(PBVOTE_FUZZ_WHY_NOT "no clang++ found (Debian: apt install clang libclang-rt-14-dev)")
else()
    execute_process(COMMAND "${PBVOTE_FUZZ_CXX}" --print-runtime-dir
        OUTPUT_VARIABLE _pbvote_rt_dir OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE _pbvote_rt_rc)
    set(_pbvote_arch "${CMAKE_SYSTEM_PROCESSOR}")
    if(_pbvote_arch STREQUAL "AMD64")
        set(_pbvote_arch x86_64)
    endif()
    if(_pbvote_rt_rc EQUAL 0 AND (EXISTS "${_pbvote_rt_dir}/libclang_rt.fuzzer-${_pbvote_arch}.a"
                                  OR EXISTS "${_pbvote_rt_dir}/libclang_rt.fuzzer.a"))
        set(PBVOTE_FUZZ_FOUND TRUE)
    elseif(NOT _pbvote_rt_rc EQUAL 0)
        set(PBVOTE_FUZZ_WHY_NOT "${PBVOTE_FUZZ_CXX} --print-runtime-dir fails (clang 13 or later needed)")
    else()
        set(PBVOTE_FUZZ_WHY_NOT
            "${PBVOTE_FUZZ_CXX} has no libFuzzer runtime in ${_pbvote_rt_dir} (Debian: apt install libclang-rt-14-dev)")
    endif()
    unset(_pbvote_rt_dir)
    unset(_pbvote_rt_rc)
    unset(_pbvote_arch)
endif()
