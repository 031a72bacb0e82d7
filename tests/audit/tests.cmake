# tests of audit (label "audit"): the auditor's verifier on genuine and tampered
# election records, and pbvote verify.
pbvote_add_test(TestVerifier SOURCES audit/TestVerifier.cpp LIBS pbvote_test_support LABELS audit cli TIMEOUT 600)
add_dependencies(TestVerifier pbvote)
pbvote_add_test(TestCanonicalJson SOURCES audit/TestCanonicalJson.cpp LABELS audit)
include(audit/report_tests.cmake)
