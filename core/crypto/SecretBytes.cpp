#include "crypto/SecretBytes.h"

#include "crypto/CryptoPrivate.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace pbvote::crypto {

SecretBytes::SecretBytes(std::size_t size)
{
    if (size == 0)
        return; // a zero-size SecretBytes allocates nothing
    detail::requireInitialized("SecretBytes");
    void *p = sodium_malloc(size);
    if (!p)
        throw std::bad_alloc();
    // sodium_malloc fills with 0xdb to expose use of uninitialised memory; we promise zeros.
    sodium_memzero(p, size);
    m_data = static_cast<unsigned char *>(p);
    m_size = size;
}

SecretBytes::~SecretBytes()
{
    // sodium_free wipes the whole allocation (including bytes hidden by truncate()),
    // checks the canary and unmaps the guard pages. sodium_free(nullptr) is a no-op.
    sodium_free(m_data);
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes s(size);
    if (size > 0)
        randombytes_buf(s.m_data, size);
    return s;
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes s(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(s.m_data, bytes.data(), s.m_size);
    return s;
}

QByteArrayView SecretBytes::view() const
{
    // A view, not a copy: it must not outlive this object.
    return QByteArrayView(m_data, static_cast<qsizetype>(m_size));
}

void SecretBytes::truncate(std::size_t size)
{
    if (size >= m_size)
        return; // never grows
    sodium_memzero(m_data + size, m_size - size);
    m_size = size;
}

} // namespace pbvote::crypto
