# console journeys: rounds from nothing to a published result through the real widgets,
# and pictures of every page and dialog (PBVOTE_CONSOLE_SHOTS=folder)
pbvote_add_test(TestConsoleJourney SOURCES console/TestConsoleJourney.cpp LIBS pbvote_console Qt6::Widgets
    LABELS console TIMEOUT 120)
