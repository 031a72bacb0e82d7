#include "audit/ReceiptLookup.h"

#include "crypto/Crypto.h"
#include "record/Records.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace pbvote::audit {

namespace {
// Translation context "ElectionRecord" (lupdate reads Tr::tr calls with it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ElectionRecord)
};
} // namespace

Result<ReceiptCheck> checkReceipt(const QJsonObject &record, const QString &receiptCode)
{
    using R = Result<ReceiptCheck>;
    if (record.value(u"format"_qs).toString() != u"pbvote-election-record"_qs)
        return R::failure(Tr::tr("This is not a pbvote election record."));
    const QString wanted = crypto::normaliseCode(receiptCode);
    if (wanted.size() != 16)
        return R::failure(Tr::tr("\"%1\" is not a receipt code: a receipt has 16 letters and digits, like "
                             "GPEK-A7LW-KIAX-PLS4.")
                              .arg(receiptCode));
    const QByteArray manifestBytes = QByteArray::fromBase64(record.value(u"manifest"_qs).toString().toLatin1());
    auto manifest = record::Manifest::decode(manifestBytes);
    if (!manifest)
        return R::failure(Tr::tr("The record's manifest cannot be read: %1").arg(manifest.error()));
    const QByteArray manifestSig =
        QByteArray::fromBase64(record.value(u"manifest_signature"_qs).toString().toLatin1());
    const bool manifestValid =
        crypto::verify(manifest->authorityPublicKey, record::ManifestDomain, manifestBytes, manifestSig);

    ReceiptCheck check;
    const QJsonArray ballots = record.value(u"ballots"_qs).toArray();
    for (const QJsonValue &v : ballots) {
        const QJsonObject b = v.toObject();
        const QByteArray envelope = QByteArray::fromBase64(b.value(u"envelope"_qs).toString().toLatin1());
        const QByteArray signature = QByteArray::fromBase64(b.value(u"signature"_qs).toString().toLatin1());
        if (crypto::normaliseCode(record::receiptCode(envelope, signature)) != wanted)
            continue;
        check.found = true;
        auto env = record::BallotEnvelope::decode(envelope);
        if (!env)
            return check;
        check.kioskId = env->kioskId;
        check.batch = env->batch;
        auto kiosk = std::find_if(manifest->kiosks.begin(), manifest->kiosks.end(),
                                  [&](const record::KioskEntry &k) { return k.id == env->kioskId; });
        check.signatureValid = manifestValid && kiosk != manifest->kiosks.end()
            && env->manifestHash == record::manifestHash(manifestBytes)
            && crypto::verify(kiosk->publicKey, record::BallotDomain, envelope, signature);
        return check;
    }
    return check;
}

} // namespace pbvote::audit
