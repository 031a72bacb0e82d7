// pbvote_fuzz_seeds: turns the records TestVerifier writes (writeCorpus:
// genuine.json, tampered-NN.json and corpus.json) into the fuzzers' starting corpora.
//
//   pbvote_fuzz_seeds SEED_DIR CORPUS_DIR
//
// CORPUS_DIR is emptied and filled with:
//   record/         every record as written, plus option-byte variants of the genuine
//                   one (receipt, witness codes, authority, and its real election key:
//                   see FuzzRecord.cpp) for the FuzzRecord harness;
//   records/        the binary records inside them (manifests, envelopes, checkpoints,
//                   events, tally statements, opened ballots, and the genuine ballots'
//                   plaintexts opened with the election key), and manifest + opened
//                   ballots pairs, for the FuzzRecords harness;
//   record-found/, records-found/
//                   empty: where the fuzzers write the inputs they find, so that the
//                   seeds stay as generated.
// Files are named by kind and content hash, so a part shared by many records is written
// once.
#include "crypto/Crypto.h"
#include "record/Records.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace pbvote;

namespace {

int g_written = 0;

bool write(const QDir &dir, const QString &kind, const QByteArray &bytes)
{
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(16));
    QFile f(dir.filePath(kind + u'-' + hash));
    if (f.exists())
        return true;
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(
            stderr, "pbvote_fuzz_seeds: cannot write %s: %s\n", qPrintable(f.fileName()), qPrintable(f.errorString()));
        return false;
    }
    ++g_written;
    return true;
}

QByteArray b64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

QByteArray u32(uint32_t n)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char(n >> (24 - 8 * i));
    return b;
}

// The binary records inside one JSON record.
bool extract(const QJsonObject &rec, const QDir &out)
{
    bool ok = true;
    const QByteArray manifest = b64(rec.value(u"manifest"_qs));
    ok &= write(out, u"manifest"_qs, manifest);
    for (const QJsonValue &b : rec.value(u"ballots"_qs).toArray())
        ok &= write(out, u"envelope"_qs, b64(b.toObject().value(u"envelope"_qs)));
    for (const QJsonValue &c : rec.value(u"checkpoints"_qs).toArray())
        ok &= write(out, u"checkpoint"_qs, b64(c.toObject().value(u"body"_qs)));
    for (const QJsonValue &e : rec.value(u"events"_qs).toArray())
        ok &= write(out, u"event"_qs, b64(e.toObject().value(u"body"_qs)));
    for (const QJsonValue &r : rec.value(u"results"_qs).toArray()) {
        const QJsonObject o = r.toObject();
        if (!o.contains(u"statement"_qs))
            continue;
        const QByteArray opened = b64(o.value(u"opened_ballots"_qs));
        ok &= write(out, u"statement"_qs, b64(o.value(u"statement"_qs)));
        ok &= write(out, u"opened"_qs, opened);
        ok &= write(out, u"pair"_qs, u32(uint32_t(manifest.size())) + manifest + opened);
    }
    return ok;
}

// The genuine ballots' plaintexts, opened with the round's election key.
bool extractPlaintexts(const QJsonObject &rec, const QByteArray &keyHex, const QDir &out)
{
    const QByteArray key = QByteArray::fromHex(keyHex);
    auto manifest = record::Manifest::decode(b64(rec.value(u"manifest"_qs)));
    if (!manifest || key.size() != crypto::BoxSecretKeyBytes)
        return true; // nothing to open with; the other seeds still do
    const crypto::SecretBytes secret = crypto::SecretBytes::copyOf(key);
    bool ok = true;
    for (const QJsonValue &b : rec.value(u"ballots"_qs).toArray()) {
        auto env = record::BallotEnvelope::decode(b64(b.toObject().value(u"envelope"_qs)));
        if (!env)
            continue;
        auto plain = crypto::openAndUnpad(manifest->electionPublicKey, secret, env->sealed, manifest->paddedBallotSize);
        if (plain)
            ok &= write(out, u"plaintext"_qs, plain->view().toByteArray());
    }
    return ok;
}

bool freshDir(const QDir &parent, const QString &name)
{
    QDir d(parent.filePath(name));
    if (d.exists() && !d.removeRecursively())
        return false;
    return parent.mkpath(name);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s SEED_DIR CORPUS_DIR\n", argv[0]);
        return 2;
    }
    if (!crypto::initialize())
        return 2;
    const QDir seeds(QString::fromLocal8Bit(argv[1]));
    QDir corpus(QString::fromLocal8Bit(argv[2]));
    if (!corpus.mkpath(u"."_qs))
        return 2;
    for (const QString &name : {u"record"_qs, u"records"_qs, u"record-found"_qs, u"records-found"_qs}) {
        if (!freshDir(corpus, name)) {
            std::fprintf(stderr, "pbvote_fuzz_seeds: cannot empty %s\n", qPrintable(corpus.filePath(name)));
            return 2;
        }
    }
    const QDir recordOut(corpus.filePath(u"record"_qs));
    const QDir recordsOut(corpus.filePath(u"records"_qs));

    QFile index(seeds.filePath(u"corpus.json"_qs));
    if (!index.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr,
            "pbvote_fuzz_seeds: no %s (run TestVerifier writeCorpus with "
            "PBVOTE_RECORD_CORPUS set)\n",
            qPrintable(index.fileName()));
        return 2;
    }
    const QJsonObject about = QJsonDocument::fromJson(index.readAll()).object();
    const QString genuineName = about.value(u"genuine"_qs).toString();
    const QByteArray keyHex = about.value(u"election_secret_key"_qs).toString().toLatin1();

    bool ok = true;
    int records = 0;
    const QStringList files = seeds.entryList({u"*.json"_qs}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name == u"corpus.json"_qs)
            continue; // says what the records are; not a record
        QFile f(seeds.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return 2;
        const QByteArray bytes = f.readAll();
        ++records;
        ok &= write(recordOut, u"record"_qs, bytes);
        const QJsonObject rec = QJsonDocument::fromJson(bytes).object();
        ok &= extract(rec, recordsOut);
        if (name != genuineName)
            continue;
        ok &= extractPlaintexts(rec, keyHex, recordsOut);
        // FuzzRecord's option byte: receipt of ballot 0 and 3, witness codes, the
        // record's own and a wrong authority, the real and a wrong election key, all.
        for (const char o : {'\x01', '\x31', '\x02', '\x04', char(0x84)})
            ok &= write(recordOut, u"options"_qs, QByteArray(1, o) + bytes);
        ok &= write(recordOut, u"options"_qs, QByteArray(1, '\x08') + keyHex + bytes);
        ok &= write(recordOut, u"options"_qs, QByteArray(1, '\x08') + QByteArray(64, '0') + bytes);
        ok &= write(recordOut, u"options"_qs, QByteArray(1, '\x2f') + keyHex + bytes);
    }
    if (records == 0) {
        std::fprintf(stderr, "pbvote_fuzz_seeds: no record in %s\n", qPrintable(seeds.path()));
        return 2;
    }
    std::printf(
        "pbvote_fuzz_seeds: %d record(s) -> %d seed file(s) in %s\n", records, g_written, qPrintable(corpus.path()));
    return ok ? 0 : 1;
}
