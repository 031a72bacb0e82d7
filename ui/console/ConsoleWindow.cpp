#include "ConsoleWindow.h"

namespace pbvote::console {

ConsoleWindow::ConsoleWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("pbvote console"));
}

} // namespace pbvote::console
