# The verifier written from docs/ alone (tools/indep-verify, Python + PyNaCl) on the
# reference's tamper corpus (TestVerifier writeCorpus, the fuzzers' seeds) and on a record
# the CLI writes: the check that the specification is complete enough for an outside
# implementation (docs/election-record.md, "Conformance"). Label "audit".
set(_iv_python /usr/bin/python3) # Debian's, with python3-nacl; not a pyenv one
execute_process(COMMAND ${_iv_python} -c "import nacl.signing, nacl.public"
    RESULT_VARIABLE _iv_rc OUTPUT_QUIET ERROR_QUIET)
if(NOT _iv_rc EQUAL 0)
    message(STATUS "IndepVerify skipped: ${_iv_python} with PyNaCl not found (Debian: apt install python3-nacl)")
    return()
endif()

set(_iv_dir "${CMAKE_BINARY_DIR}/indep-verify")
add_test(NAME IndepVerifyDemoRecord
    COMMAND sh -c "rm -rf '${_iv_dir}' && mkdir -p '${_iv_dir}' && cd '${_iv_dir}' \
&& '$<TARGET_FILE:pbvote>' --db demo.sqlite demo --ballots 40 > demo.log \
&& '$<TARGET_FILE:pbvote>' --db demo.sqlite export --round 1 --out demo-record.json")
set_tests_properties(IndepVerifyDemoRecord PROPERTIES
    FIXTURES_SETUP pbvote_indep_records
    LABELS "audit"
    TIMEOUT 300)

add_test(NAME IndepVerify
    COMMAND sh "${PROJECT_SOURCE_DIR}/tools/indep-verify/run-tests.sh"
        "${CMAKE_BINARY_DIR}/fuzz/seeds" "${_iv_dir}/demo-record.json")
set_tests_properties(IndepVerify PROPERTIES
    FIXTURES_REQUIRED "pbvote_fuzz_seeds;pbvote_indep_records"
    LABELS "audit"
    TIMEOUT 600
    ENVIRONMENT "PYTHONDONTWRITEBYTECODE=1")
