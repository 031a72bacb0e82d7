#include "util/Base64.h"

#include <array>
#include <cstdint>

namespace pbvote::util {

namespace {

constexpr uint8_t Invalid = 0xff;

constexpr std::array<uint8_t, 256> base64Table()
{
    std::array<uint8_t, 256> t {};
    t.fill(Invalid);
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (uint8_t i = 0; i < 64; ++i)
        t[uint8_t(alphabet[i])] = i;
    return t;
}

constexpr std::array<uint8_t, 256> hexTable()
{
    std::array<uint8_t, 256> t {};
    t.fill(Invalid);
    for (uint8_t i = 0; i < 10; ++i)
        t['0' + i] = i;
    for (uint8_t i = 0; i < 6; ++i)
        t['a' + i] = uint8_t(10 + i);
    return t;
}

constexpr auto Base64 = base64Table();
constexpr auto Hex = hexTable();

} // namespace

qsizetype decodeCanonicalBase64To(QByteArrayView text, char *out)
{
    const qsizetype n = text.size();
    if (n % 4 != 0)
        return -1;
    if (n == 0)
        return 0;
    const auto *in = reinterpret_cast<const uint8_t *>(text.data());
    const int padding = in[n - 1] == '=' ? (in[n - 2] == '=' ? 2 : 1) : 0;
    auto *o = reinterpret_cast<uint8_t *>(out);
    const qsizetype full = padding ? n - 4 : n; // quads without padding
    for (qsizetype i = 0; i < full; i += 4) {
        const uint8_t a = Base64[in[i]], b = Base64[in[i + 1]], c = Base64[in[i + 2]], d = Base64[in[i + 3]];
        if ((a | b | c | d) & 0xc0) // Invalid has the top bits set
            return -1;
        const uint32_t v = uint32_t(a) << 18 | uint32_t(b) << 12 | uint32_t(c) << 6 | d;
        *o++ = uint8_t(v >> 16);
        *o++ = uint8_t(v >> 8);
        *o++ = uint8_t(v);
    }
    if (padding) {
        const uint8_t *q = in + full;
        const uint8_t a = Base64[q[0]], b = Base64[q[1]];
        if ((a | b) & 0xc0)
            return -1;
        if (padding == 2) {
            if ((b & 0x0f) != 0) // unused bits must be zero
                return -1;
            *o++ = uint8_t(a << 2 | b >> 4);
        } else {
            const uint8_t c = Base64[q[2]];
            if ((c & 0xc0) || (c & 0x03) != 0)
                return -1;
            *o++ = uint8_t(a << 2 | b >> 4);
            *o++ = uint8_t(b << 4 | c >> 2);
        }
    }
    return n / 4 * 3 - padding;
}

qsizetype decodeLowerHexTo(QByteArrayView text, qsizetype bytes, char *out)
{
    if (bytes < 0 || text.size() != 2 * bytes)
        return -1;
    const auto *in = reinterpret_cast<const uint8_t *>(text.data());
    for (qsizetype i = 0; i < bytes; ++i) {
        const uint8_t hi = Hex[in[2 * i]], lo = Hex[in[2 * i + 1]];
        if ((hi | lo) & 0xf0)
            return -1;
        out[i] = char(hi << 4 | lo);
    }
    return bytes;
}

std::optional<QByteArray> decodeCanonicalBase64(QByteArrayView text)
{
    QByteArray out(text.size() / 4 * 3, Qt::Uninitialized);
    const qsizetype n = decodeCanonicalBase64To(text, out.data());
    if (n < 0)
        return std::nullopt;
    out.truncate(n);
    return out;
}

std::optional<QByteArray> decodeLowerHex(QByteArrayView text, qsizetype bytes)
{
    if (bytes < 0 || text.size() != 2 * bytes)
        return std::nullopt;
    QByteArray out(bytes, Qt::Uninitialized);
    if (decodeLowerHexTo(text, bytes, out.data()) < 0)
        return std::nullopt;
    return out;
}

} // namespace pbvote::util
