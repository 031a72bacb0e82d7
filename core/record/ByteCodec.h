#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace pbvote::record {

// Canonical binary encoding of signed records: big-endian integers, byte strings and
// UTF-8 text with a 32-bit length prefix. One value has exactly one encoding; readers
// re-encode what they read and compare, so a non-canonical record is refused.
class ByteWriter
{
public:
    // Room for a typical record (an envelope, an event) from the start: one allocation
    // rather than one for each doubling.
    ByteWriter() { m_data.reserve(512); }
    void u8(uint8_t v) { m_data.append(char(v)); }
    void u16(uint16_t v);
    void u32(uint32_t v);
    void u64(uint64_t v);
    void i64(int64_t v) { u64(uint64_t(v)); }
    void fixed(QByteArrayView bytes) { m_data.append(bytes.data(), bytes.size()); }
    void bytes(QByteArrayView bytes);
    void text(const QString &text); // UTF-8, as bytes()

    const QByteArray &data() const { return m_data; }

private:
    QByteArray m_data;
};

class ByteReader
{
public:
    explicit ByteReader(QByteArrayView data) : m_data(data) {}

    uint8_t u8();
    uint16_t u16();
    uint32_t u32();
    uint64_t u64();
    int64_t i64() { return int64_t(u64()); }
    QByteArray fixed(qsizetype size);
    QByteArray bytes(qsizetype maxSize = 64 * 1024 * 1024);
    QString text(qsizetype maxSize = 1024 * 1024);
    // bytes() without the copy: a view of the record's bytes.
    QByteArrayView view(qsizetype maxSize = 64 * 1024 * 1024);
    bool expectMagic(QByteArrayView magic);

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_pos == m_data.size(); }
    qsizetype position() const { return m_pos; }
    // Set on the first failure: what was being read and at which byte offset.
    const QString &error() const { return m_error; }
    void fail(const QString &what);

private:
    bool take(qsizetype n, const char *what);
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
    QString m_error;
};

} // namespace pbvote::record
