# access code sheets (PDF slips with QR codes, CSV)
target_sources(pbvote_console PRIVATE CodeSheetWriter.h CodeSheetWriter.cpp)
