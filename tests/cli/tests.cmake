# tests of cli (label "cli"): the real pbvote binary driven with QProcess.
# TestCliAdmin: round settings, vetting, translations, districts, kiosks, code batches, publish.
pbvote_add_test(TestCliEndToEnd SOURCES cli/TestCliEndToEnd.cpp LIBS pbvote_cli Qt6::Sql LABELS cli TIMEOUT 600)
add_dependencies(TestCliEndToEnd pbvote)
pbvote_add_test(TestCliAdmin SOURCES cli/TestCliAdmin.cpp LABELS cli TIMEOUT 600)
add_dependencies(TestCliAdmin pbvote)
