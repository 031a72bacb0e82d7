target_sources(pbvote_core PRIVATE
    audit/ElectionRecordWriter.h audit/ElectionRecordWriter.cpp
    audit/ReceiptLookup.h audit/ReceiptLookup.cpp
    audit/Verifier.h audit/Verifier.cpp)
target_sources(pbvote_core PRIVATE audit/CanonicalJson.h audit/CanonicalJson.cpp)
target_sources(pbvote_core PRIVATE audit/AuditReport.h audit/AuditReport.cpp)
