// Fuzz harness: raw bytes straight into every binary decoder of core/record. In a JSON
// record these bytes sit base64-encoded, where mutations of the JSON rarely reach them.
//
// Input: the bytes of one binary record (any kind: the magic says which decoder gets
// further than its first 8 bytes). Every decoder gets the whole input. What a decoder
// accepts goes on through what the verifier does with it next (hashes, codes, the
// manifest as a round), and must re-encode to exactly the input: the decoders promise
// canonical bytes only (core/record/Records.h).
// The input is also read as a pair, u32 n (big-endian) ‖ n bytes of manifest ‖ opened
// ballots: when both decode, each ballot is checked against the manifest's round as the
// verifier's OPENED_BALLOTS and ELECTION_KEY checks do (unsigned manifests included),
// and a ballot's canonical form must be canonical again.
#include "FuzzHarness.h"

#include "model/BallotValidator.h"
#include "record/Records.h"

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <climits>
#include <cstdint>

namespace pbvote::fuzz {

namespace {

// The verifier checks ballots against a manifest only when its amounts are in range
// (Verifier.cpp, checkManifest: nothing negative, the costs' sum a 64-bit amount).
bool amountsInRange(const record::Manifest &m)
{
    if (m.budget < 0)
        return false;
    for (const District &d : m.districts) {
        if (d.budget < 0)
            return false;
    }
    int64_t total = 0;
    for (const Project &p : m.projects) {
        if (p.cost < 0 || total > INT64_MAX - p.cost)
            return false;
        total += p.cost;
    }
    return true;
}

void fuzzManifestWithBallots(QByteArrayView bytes)
{
    if (bytes.size() < 4)
        return;
    const uint32_t n = (uint32_t(uint8_t(bytes[0])) << 24) | (uint32_t(uint8_t(bytes[1])) << 16)
        | (uint32_t(uint8_t(bytes[2])) << 8) | uint32_t(uint8_t(bytes[3]));
    if (qsizetype(n) > bytes.size() - 4)
        return;
    auto manifest = record::Manifest::decode(bytes.sliced(4, qsizetype(n)));
    if (!manifest || !amountsInRange(*manifest))
        return;
    auto opened = record::decodeOpenedBallots(bytes.sliced(4 + qsizetype(n)));
    if (!opened)
        return;
    const Round round = manifest->toRound();
    for (const Ballot &b : *opened) {
        auto canonical = canonicaliseBallot(round, b);
        if (!canonical)
            continue;
        auto again = canonicaliseBallot(round, *canonical);
        if (!again || !(*again == *canonical))
            violated("FuzzRecords", "a ballot's canonical form is not canonical again");
    }
}

void requireCanonical(const QByteArray &encoded, QByteArrayView input, const char *what)
{
    if (QByteArrayView(encoded) != input)
        violated("FuzzRecords", what);
}

} // namespace

void fuzzRecords(const uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // A signature-sized tail for the functions that hash a record with its signature.
    const QByteArrayView signature = bytes.last(std::min<qsizetype>(64, bytes.size()));

    if (auto m = record::Manifest::decode(bytes)) {
        requireCanonical(m->encode(), bytes, "a decoded manifest does not re-encode to its bytes");
        const Round round = m->toRound();
        (void)record::manifestHash(bytes);
        (void)maxBallotChoices(round);
        (void)record::paddedBallotSizeFor(round);
    }
    if (auto t = record::TallyStatement::decode(bytes))
        requireCanonical(t->encode(), bytes, "a decoded tally statement does not re-encode to its bytes");
    if (auto opened = record::decodeOpenedBallots(bytes)) {
        requireCanonical(
            record::encodeOpenedBallots(*opened), bytes, "decoded opened ballots do not re-encode to their bytes");
        (void)record::openedBallotsHash(bytes);
    }
    if (auto p = record::BallotPlaintext::decode(bytes))
        requireCanonical(p->encode(), bytes, "a decoded ballot plaintext does not re-encode to its bytes");
    // The verifier computes the receipt and the leaf before it decodes the envelope.
    (void)record::receiptCode(bytes, signature);
    (void)record::ballotLeaf(bytes, signature);
    if (auto e = record::BallotEnvelope::decode(bytes))
        requireCanonical(e->encode(), bytes, "a decoded ballot envelope does not re-encode to its bytes");
    (void)record::checkpointHash(bytes, signature);
    (void)record::witnessCode(bytes, signature);
    if (auto c = record::Checkpoint::decode(bytes))
        requireCanonical(c->encode(), bytes, "a decoded checkpoint does not re-encode to its bytes");
    if (auto ev = record::Event::decode(bytes)) {
        requireCanonical(ev->encode(), bytes, "a decoded event does not re-encode to its bytes");
        (void)ev->hash();
        (void)record::eventTypeName(ev->type);
    }
    fuzzManifestWithBallots(bytes);
}

} // namespace pbvote::fuzz

#ifndef PBVOTE_FUZZ_REPLAY
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pbvote::fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    pbvote::fuzz::fuzzRecords(data, size);
    return 0;
}
#endif
