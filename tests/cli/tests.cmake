# tests of cli (label "cli"): the real pbvote binary driven with QProcess.
pbvote_add_test(TestCliEndToEnd SOURCES cli/TestCliEndToEnd.cpp LIBS pbvote_cli Qt6::Sql LABELS cli TIMEOUT 600)
add_dependencies(TestCliEndToEnd pbvote)
