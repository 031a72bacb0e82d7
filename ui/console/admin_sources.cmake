# kiosks and access codes: the Kiosks and Access codes pages, their models and dialogs
target_sources(pbvote_console PRIVATE
    KioskTableModel.h KioskTableModel.cpp
    CodeBatchModel.h CodeBatchModel.cpp
    KioskDialog.h KioskDialog.cpp
    IssueCodesDialog.h IssueCodesDialog.cpp
    KiosksPage.h KiosksPage.cpp
    CodesPage.h CodesPage.cpp)
