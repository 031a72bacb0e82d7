#pragma once

#include <QMainWindow>

namespace pbvote::console {

// The organizer's main window (filled in by the console work of issue 6).
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ConsoleWindow(QWidget *parent = nullptr);
};

} // namespace pbvote::console
