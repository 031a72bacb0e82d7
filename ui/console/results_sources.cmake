# results: table, chart, explanations
target_sources(pbvote_console PRIVATE
    ResultsModel.h ResultsModel.cpp
    ResultsView.h ResultsView.cpp)
