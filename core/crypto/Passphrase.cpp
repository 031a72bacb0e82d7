// Reading passphrases into secure memory, never through QByteArray/QString.

#include "crypto/Crypto.h"

#include "crypto/CryptoPrivate.h"

#include <QCoreApplication>
#include <QFile>

#include <sodium.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pbvote::crypto {

namespace {

// Longer first lines are refused rather than silently cut.
constexpr std::size_t MaxPassphraseBytes = 1024;

// Closes the descriptor on every path.
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

Result<SecretBytes> readPassphraseFile(const QString &path)
{
    using R = Result<SecretBytes>;
    detail::requireInitialized("readPassphraseFile");
    const QByteArray nativePath = QFile::encodeName(path);
    FileDescriptor fd(::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        const int err = errno;
        return R::failure(QCoreApplication::translate("Crypto",
                                                      "Cannot open the passphrase file %1: %2")
                              .arg(path, qt_error_string(err)));
    }
    struct stat st;
    if (::fstat(fd.get(), &st) != 0) {
        const int err = errno;
        return R::failure(QCoreApplication::translate("Crypto",
                                                      "Cannot read the passphrase file %1: %2")
                              .arg(path, qt_error_string(err)));
    }
    // Regular files, and pipes (e.g. a here-string or a systemd credential socket);
    // not directories or devices.
    if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
        return R::failure(QCoreApplication::translate(
            "Crypto", "The passphrase file %1 is not a regular file.").arg(path));

    // Room for the longest passphrase plus "\r\n", so that a line at the limit is read
    // whole and anything longer is detected rather than silently cut.
    SecretBytes buffer(MaxPassphraseBytes + 2);
    std::size_t used = 0;
    std::size_t lineEnd = 0;
    bool haveLineEnd = false;
    while (!haveLineEnd && used < buffer.size()) {
        const ssize_t n = ::read(fd.get(), buffer.data() + used, buffer.size() - used);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            return R::failure(QCoreApplication::translate(
                                  "Crypto", "Cannot read the passphrase file %1: %2")
                                  .arg(path, qt_error_string(err)));
        }
        if (n == 0)
            break; // end of file
        const auto *newline = static_cast<const unsigned char *>(
            std::memchr(buffer.data() + used, '\n', static_cast<std::size_t>(n)));
        used += static_cast<std::size_t>(n);
        if (newline) {
            lineEnd = static_cast<std::size_t>(newline - buffer.data());
            haveLineEnd = true;
        }
    }
    if (!haveLineEnd)
        lineEnd = used; // no line end: the whole (short) file is the passphrase
    if (lineEnd > 0 && buffer.data()[lineEnd - 1] == '\r')
        --lineEnd; // CRLF line end (a file written on Windows)
    if (lineEnd > MaxPassphraseBytes)
        return R::failure(QCoreApplication::translate(
                              "Crypto", "The passphrase in %1 is longer than %2 bytes.")
                              .arg(path)
                              .arg(MaxPassphraseBytes));
    if (lineEnd == 0)
        return R::failure(QCoreApplication::translate(
            "Crypto", "The passphrase file %1 is empty (its first line has no characters).")
                              .arg(path));
    buffer.truncate(lineEnd); // wipes the line end and anything read after it
    return R(std::move(buffer));
}

Result<SecretBytes> passphraseFromEnvironment(const char *variable)
{
    using R = Result<SecretBytes>;
    detail::requireInitialized("passphraseFromEnvironment");
    if (!variable || !*variable)
        detail::misuse("passphraseFromEnvironment", "no variable name given");
    // ::getenv, not qgetenv: qgetenv returns a QByteArray copy that could not be wiped.
    // The environment block itself keeps the passphrase; it cannot be wiped reliably
    // (other copies exist: /proc/<pid>/environ is a view of the initial stack, the
    // parent shell keeps its own), so it is left in place. getenv is not thread-safe
    // against setenv; call this at start-up.
    const char *value = std::getenv(variable);
    if (!value)
        return R::failure(QCoreApplication::translate(
            "Crypto", "The environment variable %1 is not set.").arg(QString::fromLocal8Bit(variable)));
    const std::size_t length = std::strlen(value);
    if (length == 0)
        return R::failure(QCoreApplication::translate(
            "Crypto", "The environment variable %1 is empty.").arg(QString::fromLocal8Bit(variable)));
    if (length > MaxPassphraseBytes)
        return R::failure(QCoreApplication::translate(
                              "Crypto", "The passphrase in the environment variable %1 is "
                                        "longer than %2 bytes.")
                              .arg(QString::fromLocal8Bit(variable))
                              .arg(MaxPassphraseBytes));
    SecretBytes secret(length);
    std::memcpy(secret.data(), value, length);
    return R(std::move(secret));
}

} // namespace pbvote::crypto
