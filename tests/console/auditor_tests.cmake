# The auditor's window (ui/console/AuditorWindow): genuine and tampered records, the
# report as HTML and PDF, the console's menu, Arabic; pictures with PBVOTE_AUDIT_SHOTS.
pbvote_add_test(TestAuditorWindow SOURCES console/TestAuditorWindow.cpp audit/AuditRecordFixture.h
    LIBS pbvote_console pbvote_test_support Qt6::Widgets LABELS console audit TIMEOUT 300)
target_include_directories(TestAuditorWindow PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/audit)
