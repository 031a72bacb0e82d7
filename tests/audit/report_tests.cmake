# The auditor's printable report (core/audit/AuditReport) and pbvote verify --html.
pbvote_add_test(TestAuditReport SOURCES audit/TestAuditReport.cpp audit/AuditRecordFixture.h
    LIBS pbvote_test_support pbvote_i18n LABELS audit cli)
add_dependencies(TestAuditReport pbvote)
