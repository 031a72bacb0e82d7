# The FuzzRecordSmoke test (fuzz/tests.cmake): each fuzzer, one after the other, for a
# bounded time on the prepared corpus (pbvote_fuzz_seeds) and the committed regressions
# (which so run under the sanitizers too). Run as
#   cmake -DFUZZERS=dir -DCORPUS=dir -DREGRESSIONS=dir -DARTIFACTS=dir -DDICTS=dir -DSECONDS=n
#         -P RunSmoke.cmake
# New inputs go to CORPUS/<harness>-found; a crash, leak, timeout or out-of-memory input is
# written to ARTIFACTS and fails the test (docs/fuzzing.md says how to keep it as a
# regression).
foreach(var FUZZERS CORPUS REGRESSIONS ARTIFACTS DICTS SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "RunSmoke.cmake needs -D${var}=...")
    endif()
endforeach()
# Only this run's findings.
file(REMOVE_RECURSE "${ARTIFACTS}")
file(MAKE_DIRECTORY "${ARTIFACTS}")

set(failed "")
foreach(pair "FuzzRecord;record" "FuzzRecords;records")
    list(GET pair 0 harness)
    list(GET pair 1 corpus)
    if(NOT EXISTS "${CORPUS}/${corpus}")
        message(FATAL_ERROR "No seed corpus ${CORPUS}/${corpus}: FuzzSeedCorpus did not run.")
    endif()
    file(MAKE_DIRECTORY "${CORPUS}/${corpus}-found")
    message(STATUS "${harness}: ${SECONDS} s on ${CORPUS}/${corpus}")
    execute_process(
        COMMAND "${FUZZERS}/${harness}"
            -max_total_time=${SECONDS}
            -timeout=10
            -rss_limit_mb=2048
            -malloc_limit_mb=2048
            -print_final_stats=1
            "-dict=${DICTS}/${corpus}.dict"
            "-artifact_prefix=${ARTIFACTS}/${harness}-"
            "${CORPUS}/${corpus}-found" "${CORPUS}/${corpus}" "${REGRESSIONS}"
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        list(APPEND failed "${harness} (exit ${rc})")
    endif()
endforeach()

if(failed)
    list(JOIN failed ", " failed)
    file(GLOB found "${ARTIFACTS}/*")
    list(JOIN found "\n  " found)
    message(FATAL_ERROR "Fuzzing found a bug: ${failed}. Reproducers:\n  ${found}\n"
                        "Reproduce with the fuzzer and the file as its only argument; copy the file "
                        "to fuzz/regressions/ with a name that says what it does (docs/fuzzing.md).")
endif()
