# the main window, rounds and projects
target_sources(pbvote_console PRIVATE
    ConsoleWindow.h ConsoleWindow.cpp
    RoundListModel.h RoundListModel.cpp
    ProjectTableModel.h ProjectTableModel.cpp
    ProjectDialog.h ProjectDialog.cpp)
