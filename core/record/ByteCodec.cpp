#include "record/ByteCodec.h"

#include <QCoreApplication>

namespace pbvote::record {

void ByteWriter::u16(uint16_t v)
{
    u8(uint8_t(v >> 8));
    u8(uint8_t(v));
}

void ByteWriter::u32(uint32_t v)
{
    for (int s = 24; s >= 0; s -= 8)
        u8(uint8_t(v >> s));
}

void ByteWriter::u64(uint64_t v)
{
    for (int s = 56; s >= 0; s -= 8)
        u8(uint8_t(v >> s));
}

void ByteWriter::bytes(QByteArrayView b)
{
    u32(uint32_t(b.size()));
    fixed(b);
}

void ByteReader::fail(const QString &what)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = QCoreApplication::translate("Record", "%1 at byte %2").arg(what).arg(m_pos);
}

bool ByteReader::take(qsizetype n, const char *what)
{
    if (m_failed)
        return false;
    if (n < 0 || m_data.size() - m_pos < n) {
        fail(QCoreApplication::translate("Record", "truncated record: %1 needs %2 more bytes, %3 left")
                 .arg(QLatin1String(what))
                 .arg(n)
                 .arg(m_data.size() - m_pos));
        return false;
    }
    return true;
}

uint8_t ByteReader::u8()
{
    if (!take(1, "an 8-bit field"))
        return 0;
    return uint8_t(m_data[m_pos++]);
}

uint16_t ByteReader::u16()
{
    if (!take(2, "a 16-bit field"))
        return 0;
    uint16_t v = 0;
    for (int i = 0; i < 2; ++i)
        v = uint16_t((v << 8) | uint8_t(m_data[m_pos++]));
    return v;
}

uint32_t ByteReader::u32()
{
    if (!take(4, "a 32-bit field"))
        return 0;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | uint8_t(m_data[m_pos++]);
    return v;
}

uint64_t ByteReader::u64()
{
    if (!take(8, "a 64-bit field"))
        return 0;
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | uint8_t(m_data[m_pos++]);
    return v;
}

QByteArray ByteReader::fixed(qsizetype size)
{
    if (!take(size, "a fixed-size field"))
        return QByteArray();
    QByteArray out(m_data.data() + m_pos, size);
    m_pos += size;
    return out;
}

QByteArray ByteReader::bytes(qsizetype maxSize)
{
    const uint32_t n = u32();
    if (m_failed)
        return QByteArray();
    if (qsizetype(n) > maxSize) {
        fail(QCoreApplication::translate("Record", "length %1 is larger than allowed (%2)").arg(n).arg(maxSize));
        return QByteArray();
    }
    return fixed(qsizetype(n));
}

QString ByteReader::text(qsizetype maxSize)
{
    const QByteArray raw = bytes(maxSize);
    if (m_failed)
        return QString();
    const QString s = QString::fromUtf8(raw);
    if (s.toUtf8() != raw)
        fail(QCoreApplication::translate("Record", "text is not valid UTF-8"));
    return s;
}

bool ByteReader::expectMagic(QByteArrayView magic)
{
    const QByteArray got = fixed(magic.size());
    if (m_failed)
        return false;
    if (QByteArrayView(got) != magic) {
        m_pos -= magic.size();
        fail(QCoreApplication::translate("Record", "expected a %1 record").arg(QString::fromLatin1(magic)));
        return false;
    }
    return true;
}

} // namespace pbvote::record
