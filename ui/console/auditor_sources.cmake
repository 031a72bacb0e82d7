# The auditor's window: an election record verified (core/audit), its report saved as
# HTML or PDF. Also the whole of the pbvote-audit program.
target_sources(pbvote_console PRIVATE AuditorWindow.h AuditorWindow.cpp)
