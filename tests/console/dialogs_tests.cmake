# console dialogs: round settings, the project editor (status, picture, translations)
pbvote_add_test(TestRoundDialogs SOURCES console/TestRoundDialogs.cpp LIBS pbvote_console Qt6::Widgets
    LABELS console)
