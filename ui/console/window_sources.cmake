# the main window, rounds and projects
target_sources(pbvote_console PRIVATE
    ConsoleWindow.h ConsoleWindow.cpp)
