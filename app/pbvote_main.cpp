#include "cli/Cli.h"
#include "util/LargeMemory.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    // malloc's heaps in huge pages (util/LargeMemory.h): `pbvote verify` of a large record
    // allocates millions of small blocks, and on a virtual machine each fresh 4 KiB page
    // costs microseconds.
    pbvote::util::restartWithHugePageMalloc(argv);
    QCoreApplication app(argc, argv);
    return pbvote::cli::run(QCoreApplication::arguments());
}
