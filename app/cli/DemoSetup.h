#pragma once

#include "crypto/SecretBytes.h"
#include "model/Round.h"
#include "store/BallotStore.h"
#include "util/Result.h"

#include <map>
#include <optional>
#include <vector>

namespace pbvote::cli {

// The built-in demo round (resources/demo/round.json): a city budget with twelve
// projects. `kind` swaps its voting method for another with sensible limits
// (approval: up to 5 projects; cumulative: 10 points, at most 5 on one project;
// ordinal: rank up to 5).
Result<Round> loadDemoRound(std::optional<BallotKind> kind = std::nullopt);

// The demo projects' pictures (project id → PNG bytes).
std::map<QString, QByteArray> demoImages();

// Everything a kiosk needs to take votes on the demo round, made in `store`: the
// demo round (created and opened), the authority, election and kiosk keys (made once,
// encrypted with `passphrase`, reused later), the kiosk registered, and `codes` fresh
// access codes.
struct DemoKiosk
{
    int64_t roundId = 0;
    QString kioskId;
    crypto::SecretBytes kioskKey;
    crypto::SecretBytes authorityKey;
    crypto::SecretBytes electionKey;
    // The plain codes, one after another in one block of secure memory (one guarded
    // allocation per code would run out of locked memory after a few thousand).
    static constexpr int CodeLength = 14; // "XXXX-XXXX-XXXX"
    crypto::SecretBytes codes;
    int codeCount = 0;
    QString code(int i) const; // the i-th code (0-based)
};
Result<DemoKiosk> prepareDemoKiosk(store::BallotStore &store, const crypto::SecretBytes &passphrase,
                                   const Round &round, const QString &kioskId, int codes);

} // namespace pbvote::cli
