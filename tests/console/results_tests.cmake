# console results tests
pbvote_add_test(TestResultsView SOURCES console/TestResultsView.cpp
    LIBS pbvote_console pbvote_test_support Qt6::Widgets Qt6::Charts LABELS console)
