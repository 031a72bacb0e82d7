# tests of formats: Pabulib reading and writing, outcome rendering, the pabulib CLI
pbvote_add_test(TestPabulibReader SOURCES formats/TestPabulibReader.cpp LABELS formats)
pbvote_add_test(TestOutcomeJson SOURCES formats/TestOutcomeJson.cpp LABELS formats)
# Winners of every registered rule on real elections against pabutools' results.
pbvote_add_test(TestPabulibExpected SOURCES formats/TestPabulibExpected.cpp LABELS rules TIMEOUT 900)
# Runs the real pbvote binary, and calls the command functions in-process.
pbvote_add_test(TestTallyCli SOURCES formats/TestTallyCli.cpp LIBS pbvote_cli LABELS formats cli)
add_dependencies(TestTallyCli pbvote)
# Projects as CSV: reading, writing, round trips, and pbvote project import/export in-process.
pbvote_add_test(TestProjectCsv SOURCES formats/TestProjectCsv.cpp LIBS pbvote_cli LABELS formats cli)
