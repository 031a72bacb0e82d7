// Human-facing encodings: RFC 4648 base32, short codes, access codes.

#include "crypto/Crypto.h"

#include "crypto/CryptoPrivate.h"

#include <sodium.h>

#include <algorithm>

namespace pbvote::crypto {

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"; // RFC 4648 §6
static_assert(sizeof Alphabet == 33);
constexpr int GroupLength = 4;
constexpr int MaxAccessCodeGroups = 64;

// base32 in groups of GroupLength separated by '-', as ASCII into `out`; returns the end.
char *groupedBase32To(QByteArrayView bytes, char *out)
{
    unsigned buffer = 0;
    int bits = 0;
    int written = 0;
    const auto put = [&](unsigned value) {
        if (written > 0 && written % GroupLength == 0)
            *out++ = '-';
        *out++ = Alphabet[value & 0x1f];
        ++written;
    };
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            put(buffer >> bits);
        }
        buffer &= (1u << bits) - 1; // keep only the bits not yet written
    }
    if (bits > 0)
        put(buffer << (5 - bits));
    return out;
}

} // namespace

QString base32(QByteArrayView bytes)
{
    QString out((bytes.size() * 8 + 4) / 5, Qt::Uninitialized);
    QChar *o = out.data();
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            *o++ = QLatin1Char(Alphabet[(buffer >> bits) & 0x1f]);
        }
        buffer &= (1u << bits) - 1; // keep only the bits not yet written
    }
    if (bits > 0)
        *o++ = QLatin1Char(Alphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

QString shortCode(QByteArrayView personal, QByteArrayView data, int bytes)
{
    if (bytes < 1 || bytes > HashBytes)
        detail::misuse("shortCode", "bytes must be between 1 and 32");
    return shortCodeOfDigest(hash(personal, data), bytes);
}

QString shortCodeOfDigest(QByteArrayView digest, int bytes)
{
    if (bytes < 1 || bytes > digest.size())
        detail::misuse("shortCodeOfDigest", "bytes must be between 1 and the digest's size");
    QByteArray text(shortCodeLength(bytes), Qt::Uninitialized);
    groupedBase32To(digest.first(bytes), text.data());
    return QString::fromLatin1(text);
}

void shortCodeOfDigestTo(QByteArrayView digest, int bytes, char *out)
{
    if (bytes < 1 || bytes > digest.size())
        detail::misuse("shortCodeOfDigestTo", "bytes must be between 1 and the digest's size");
    groupedBase32To(digest.first(bytes), out);
}

QString normaliseCode(const QString &typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar ch : typed) {
        if (ch.isSpace() || ch == QLatin1Char('-'))
            continue;
        const char16_t u = ch.unicode();
        // ASCII only: QChar::toUpper would turn e.g. U+0131 (dotless i) into 'I' and
        // U+017F (long s) into 'S', accepting look-alikes from a pasted text.
        if (u >= u'a' && u <= u'z')
            out.append(QChar(char16_t(u - u'a' + u'A')));
        else if ((u >= u'A' && u <= u'Z') || (u >= u'2' && u <= u'7'))
            out.append(ch);
        else if (u == u'0')
            out.append(QLatin1Char('O'));
        else if (u == u'1')
            out.append(QLatin1Char('I'));
        else if (u == u'8')
            out.append(QLatin1Char('B'));
        else
            return {}; // 9, punctuation, letters from other scripts: not a code
    }
    return out;
}

SecretBytes randomAccessCode(int groups)
{
    if (groups < 1 || groups > MaxAccessCodeGroups)
        detail::misuse("randomAccessCode", "groups must be between 1 and 64");
    detail::requireInitialized("randomAccessCode");
    SecretBytes code(static_cast<std::size_t>(groups * (GroupLength + 1) - 1));
    std::size_t pos = 0;
    for (int g = 0; g < groups; ++g) {
        if (g > 0)
            code.data()[pos++] = '-';
        for (int i = 0; i < GroupLength; ++i)
            code.data()[pos++] = static_cast<unsigned char>(Alphabet[randombytes_uniform(32)]);
    }
    return code;
}

} // namespace pbvote::crypto
