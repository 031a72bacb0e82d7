# console kiosks and access codes pages
pbvote_add_test(TestAdminPages SOURCES console/TestAdminPages.cpp
    LIBS pbvote_console pbvote_test_support Qt6::Widgets LABELS console)
