#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>

// A whole file's bytes, mapped read-only instead of read into fresh memory.
//
// Reading a 130 MB election record costs the kernel a copy of every byte and, before
// that, the zeroing of every fresh page it is copied into: about a quarter of a second of
// CPU on the machines we measure (docs/performance.md). A mapping shows the bytes the
// page cache already holds, with neither.
//
// A mapping has two hazards that a copy does not, and MappedFile closes both:
// - If the file is cut short while mapped (or a page cannot be read, e.g. on a network
//   file system), touching the lost part raises SIGBUS, which would kill the program. A
//   process-wide SIGBUS handler, installed with the first mapping, puts zero pages in
//   place of the lost part of a MappedFile's range, so the reader goes on and sees zeros,
//   and marks the file as changed. Faults outside every MappedFile go to the handler
//   that was there before (or kill the program as they would have).
// - If the file is written while mapped, the reader may see some old bytes and some new.
//   changed() compares the file's size, modification and status-change times and identity
//   with what they were when it was mapped; any write changes the status-change time,
//   which no unprivileged program can set back (so does removing or renaming the file,
//   which changed() therefore also reports: the safe side). The times move with the
//   kernel's clock tick, a few milliseconds: a write within the same tick as map() is
//   not seen, which is no worse than a copy read during those milliseconds.
// So a reader that checks changed() after it is done with the bytes either saw the file's
// one content or knows it did not, and refuses what it read.
//
// Linux only (elsewhere map() says so and the caller reads the file instead).
namespace pbvote::util {

class MappedFile
{
public:
    MappedFile() = default;
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    // Maps the regular, non-empty file at `path`. False when it is not one, cannot be
    // opened, or cannot be mapped here (other systems, MaxMapped reached): the caller then
    // reads it instead, and reports that read's errors. Call once.
    bool map(const QString &path);

    bool isMapped() const { return m_data != nullptr; }
    QByteArrayView bytes() const { return QByteArrayView(m_data, qsizetype(m_size)); }

    // Whether the bytes seen since map() may not be the file's one content: it was cut
    // short or a page of it could not be read (SIGBUS), or it was written, resized or
    // touched since. Ask after the last use of bytes(). Also true if the file can no
    // longer be asked.
    bool changed() const;

    // The number of MappedFiles that can be mapped at once in a process (the SIGBUS
    // handler's table); map() refuses more.
    static constexpr int MaxMapped = 64;

private:
    const char *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_mappedBytes = 0; // m_size rounded up to whole pages
    int m_fd = -1;
    int m_slot = -1;
    struct Identity
    {
        unsigned long long device = 0, inode = 0;
        long long size = 0;
        long long modifiedSec = 0, modifiedNsec = 0, changedSec = 0, changedNsec = 0;
        bool operator==(const Identity &) const = default;
    } m_identity;
};

} // namespace pbvote::util
