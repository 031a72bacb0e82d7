# Publication: a counted round's result as a PDF report and as CSV.
target_sources(pbvote_console PRIVATE ResultsReport.h ResultsReport.cpp)
