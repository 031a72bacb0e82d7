#include "record/ByteCodec.h"

#include <QCoreApplication>

#include <algorithm>

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

void ByteWriter::text(const QString &text)
{
    // ASCII written as it is, without a UTF-8 copy first (records re-encode every text
    // they decode).
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        u32(uint32_t(text.size()));
        for (const QChar c : text)
            m_data.append(char(c.unicode()));
        return;
    }
    bytes(text.toUtf8());
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
                 .arg(QCoreApplication::translate("Record", what))
                 .arg(n)
                 .arg(m_data.size() - m_pos));
        return false;
    }
    return true;
}

uint8_t ByteReader::u8()
{
    if (!take(1, QT_TRANSLATE_NOOP("Record", "an 8-bit field")))
        return 0;
    return uint8_t(m_data[m_pos++]);
}

uint16_t ByteReader::u16()
{
    if (!take(2, QT_TRANSLATE_NOOP("Record", "a 16-bit field")))
        return 0;
    uint16_t v = 0;
    for (int i = 0; i < 2; ++i)
        v = uint16_t((v << 8) | uint8_t(m_data[m_pos++]));
    return v;
}

uint32_t ByteReader::u32()
{
    if (!take(4, QT_TRANSLATE_NOOP("Record", "a 32-bit field")))
        return 0;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | uint8_t(m_data[m_pos++]);
    return v;
}

uint64_t ByteReader::u64()
{
    if (!take(8, QT_TRANSLATE_NOOP("Record", "a 64-bit field")))
        return 0;
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | uint8_t(m_data[m_pos++]);
    return v;
}

QByteArray ByteReader::fixed(qsizetype size)
{
    if (!take(size, QT_TRANSLATE_NOOP("Record", "a fixed-size field")))
        return QByteArray();
    QByteArray out(m_data.data() + m_pos, size);
    m_pos += size;
    return out;
}

// The next length-prefixed field as a view of the record's bytes (empty on failure).
QByteArrayView ByteReader::view(qsizetype maxSize)
{
    const uint32_t n = u32();
    if (m_failed)
        return {};
    if (qsizetype(n) > maxSize) {
        fail(QCoreApplication::translate("Record", "length %1 is larger than allowed (%2)").arg(n).arg(maxSize));
        return {};
    }
    if (!take(qsizetype(n), QT_TRANSLATE_NOOP("Record", "a fixed-size field")))
        return {};
    const QByteArrayView out = m_data.sliced(m_pos, qsizetype(n));
    m_pos += qsizetype(n);
    return out;
}

QByteArray ByteReader::bytes(qsizetype maxSize)
{
    return view(maxSize).toByteArray();
}

QString ByteReader::text(qsizetype maxSize)
{
    const QByteArrayView raw = view(maxSize);
    if (m_failed)
        return QString();
    // ASCII is its own UTF-8 (the common case: kiosk ids, most details): no check to make.
    if (std::all_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return QString::fromLatin1(raw);
    const QString s = QString::fromUtf8(raw);
    if (QByteArrayView(s.toUtf8()) != raw)
        fail(QCoreApplication::translate("Record", "text is not valid UTF-8"));
    return s;
}

bool ByteReader::expectMagic(QByteArrayView magic)
{
    if (!take(magic.size(), QT_TRANSLATE_NOOP("Record", "a fixed-size field")))
        return false;
    if (m_data.sliced(m_pos, magic.size()) != magic) {
        fail(QCoreApplication::translate("Record", "expected a %1 record").arg(QString::fromLatin1(magic)));
        return false;
    }
    m_pos += magic.size();
    return true;
}

} // namespace pbvote::record
