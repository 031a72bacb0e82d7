# console window tests
pbvote_add_test(TestConsoleWindow SOURCES console/TestConsoleWindow.cpp LIBS pbvote_console Qt6::Widgets
    LABELS console)
