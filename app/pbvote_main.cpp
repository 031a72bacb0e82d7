#include "cli/Cli.h"
#include "util/LargeMemory.h"

#include <QCoreApplication>

#include <cstring>

int main(int argc, char **argv)
{
    // malloc's heaps in huge pages (util/LargeMemory.h) for `pbvote verify`: a large record
    // means millions of small blocks, and on a virtual machine each fresh 4 KiB page costs
    // microseconds. Starting again costs about 12 ms, so the other commands do without.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "verify") == 0) {
            pbvote::util::restartWithHugePageMalloc(argv);
            break;
        }
    }
    QCoreApplication app(argc, argv);
    return pbvote::cli::run(QCoreApplication::arguments());
}
