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

} // namespace pbvote::util
