#pragma once

#include <QByteArrayView>

#include <cstddef>

namespace pbvote::crypto {

// Secret material (private keys, passphrases, decrypted ballots) in libsodium secure
// memory: sodium_malloc'd (guard pages, canary, mlock), wiped and freed on destruction.
// Move-only; never copied into QString/QByteArray. A non-empty SecretBytes needs
// crypto::initialize() first. Each allocation is its own mapping (guard pages, mlock'd
// where RLIMIT_MEMLOCK allows), so keep few of them alive at a time.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size); // zero-filled; throws std::bad_alloc on failure
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    static SecretBytes random(std::size_t size);
    static SecretBytes copyOf(QByteArrayView bytes);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const;

    // Shrinks the visible size (e.g. after reading a passphrase of unknown length);
    // the bytes past the new size are wiped.
    void truncate(std::size_t size);

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace pbvote::crypto
