# round settings (new round, edit a draft) and a project's translations; money as typed
target_sources(pbvote_console PRIVATE
    RoundSettingsDialog.h RoundSettingsDialog.cpp
    ProjectTranslationModel.h ProjectTranslationModel.cpp
    MoneyText.h MoneyText.cpp)
