# console codes tests
pbvote_add_test(TestCodeSheet SOURCES console/TestCodeSheet.cpp LIBS pbvote_console pbvote_test_support Qt6::Widgets
    LABELS console)
