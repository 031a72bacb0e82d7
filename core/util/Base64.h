#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// Strict base64 for the election record (docs/election-record.md, "Encodings"): RFC 4648
// §4 standard alphabet with `=` padding, no line breaks or white space, and canonical, so
// there is exactly one text per byte string: the length is a multiple of 4 and the unused
// low bits of the last character are zero. The auditor's verifier decodes a few hundred
// thousand such fields per record, so this is one table-driven pass without the
// decode-then-encode-again round trip.
namespace pbvote::util {

// The bytes, or nothing when `text` is not canonical base64.
std::optional<QByteArray> decodeCanonicalBase64(QByteArrayView text);

// The bytes of exactly 2 * `bytes` lowercase hex digits, or nothing.
std::optional<QByteArray> decodeLowerHex(QByteArrayView text, qsizetype bytes);

// The same two decoders writing to `out`, which has room for text.size() / 4 * 3 bytes
// (base64) or `bytes` bytes (hex): how many bytes were written, or -1 (out then holds
// anything) when `text` is not canonical. For a reader that keeps the bytes of many
// fields in one block of its own.
qsizetype decodeCanonicalBase64To(QByteArrayView text, char *out);
qsizetype decodeLowerHexTo(QByteArrayView text, qsizetype bytes, char *out);

} // namespace pbvote::util
