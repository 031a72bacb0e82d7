# console publication tests: a counted round's result as PDF report and CSV.
pbvote_add_test(TestResultsReport SOURCES console/TestResultsReport.cpp
    LIBS pbvote_console pbvote_test_support Qt6::Widgets LABELS console)
