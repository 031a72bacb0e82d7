#include "DeathTest.h"

#include "crypto/Crypto.h"

#include <QtTest>

using namespace pbvote::crypto;

class TestHash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void knownAnswers_data();
    void knownAnswers();
    void keyedKnownAnswer();
    void partsHashLikeTheirConcatenation();
    void personalisationSeparatesDomains();
    void keySeparatesHashes();
    void merkleRootKnownAnswers_data();
    void merkleRootKnownAnswers();
    void merkleRootDependsOnLeafOrder();
    void valueFormsAreTheSameHashesAndCodes();
    void merkleLeafAndNodeHashesAreSeparated();
    void merkleRootUsesPersonalisation();
    void invalidPersonalisationOrKeyAborts();
};

void TestHash::initTestCase()
{
    QVERIFY(initialize());
}

// Expected values computed independently with Python 3's hashlib:
//   hashlib.blake2b(data, digest_size=32, person=personal).hexdigest()
// (hashlib zero-pads a personalisation shorter than 16 bytes, as documented).
void TestHash::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("personal");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expectedHex");
    QTest::newRow("manifest abc")
        << QByteArray("PBK-manifest-v1") << QByteArray("abc")
        << QByteArray("b15e5237aa07fe1ff6d3d0113adca666c1d3516d6f5fa3b02b7ad073a8e9bed0");
    QTest::newRow("event abc")
        << QByteArray("PBK-event-v1") << QByteArray("abc")
        << QByteArray("e5152498440da7dc247851c75092494df6adb8b39746405620428d866908fb82");
    QTest::newRow("16-byte personalisation, empty data")
        << QByteArray("0123456789abcdef") << QByteArray()
        << QByteArray("745c7fe5b8e12c96be18655ca261179a1774125f0018174f2a220f203da8fe47");
}

void TestHash::knownAnswers()
{
    QFETCH(QByteArray, personal);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expectedHex);
    const QByteArray h = hash(personal, data);
    QCOMPARE(h.size(), HashBytes);
    QCOMPARE(h.toHex(), expectedHex);
}

void TestHash::keyedKnownAnswer()
{
    // hashlib.blake2b(b"pbvote", digest_size=32, person=b"PBK-mth-v1",
    //                 key=bytes(range(32))).hexdigest()
    QByteArray key(32, Qt::Uninitialized);
    for (int i = 0; i < 32; ++i)
        key[i] = char(i);
    QCOMPARE(hash("PBK-mth-v1", "pbvote", key).toHex(),
             QByteArray("f8ddf892681ad4486598c30efe3a6a393a72e00858f19072b470665c63966697"));
}

void TestHash::partsHashLikeTheirConcatenation()
{
    // Receipts and ballot leaves hash envelope and signature as two parts: the digest
    // must be that of the concatenation the specification names, however it is split.
    const QByteArray whole("an envelope of some bytes, then its signature");
    for (qsizetype cut = 0; cut <= whole.size(); cut += 7)
        QCOMPARE(hashParts("PBV-receipt-v1", {QByteArrayView(whole).first(cut), QByteArrayView(whole).sliced(cut)}),
            hash("PBV-receipt-v1", whole));
    QCOMPARE(hashParts("PBV-receipt-v1", {}), hash("PBV-receipt-v1", {}));
    QVERIFY(hashParts("PBV-receipt-v1", {whole}) != hash("PBV-ballot-v1", whole));
    QCOMPARE(shortCodeOfDigest(hash("PBK-witness-v1", "checkpoint"), 10), shortCode("PBK-witness-v1", "checkpoint"));
}

void TestHash::valueFormsAreTheSameHashesAndCodes()
{
    // The verifier keeps digests and receipt codes by value, with no allocation each: they
    // must be exactly the QByteArray/QString forms.
    const QByteArray whole("an envelope of some bytes, then its signature");
    const Digest d = hashPartsDigest("PBV-receipt-v1", {QByteArrayView(whole).first(10), QByteArrayView(whole).sliced(10)});
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(d.data()), HashBytes), hash("PBV-receipt-v1", whole));
    const QByteArray digest = hash("PBK-witness-v1", "checkpoint");
    for (int bytes = 1; bytes <= HashBytes; ++bytes) {
        const QString code = shortCodeOfDigest(digest, bytes);
        QCOMPARE(shortCodeLength(bytes), code.size());
        QByteArray text(shortCodeLength(bytes) + 1, '#');
        shortCodeOfDigestTo(digest, bytes, text.data());
        QCOMPARE(text.back(), '#'); // writes exactly shortCodeLength(bytes)
        text.chop(1);
        QCOMPARE(QString::fromLatin1(text), code);
    }
    for (int n : {0, 1, 2, 5, 100}) {
        std::vector<QByteArray> asBytes;
        std::vector<Digest> asDigests;
        for (int i = 0; i < n; ++i) {
            const QByteArray leaf = "leaf-" + QByteArray::number(i);
            asDigests.push_back(hashPartsDigest("PBK-mth-v1", {QByteArrayView(leaf)}));
            asBytes.emplace_back(reinterpret_cast<const char *>(asDigests.back().data()), HashBytes);
        }
        QCOMPARE(merkleRootOfDigests("PBK-mth-v1", asDigests), merkleRoot("PBK-mth-v1", asBytes));
    }
}

void TestHash::personalisationSeparatesDomains()
{
    const QByteArray data("the same bytes");
    const QByteArray a = hash("PBK-manifest-v1", data);
    const QByteArray b = hash("PBK-event-v1", data);
    const QByteArray c = hash({}, data);
    QVERIFY(a != b);
    QVERIFY(a != c);
    QVERIFY(b != c);
    QCOMPARE(hash("PBK-manifest-v1", data), a); // and it is a function
}

void TestHash::keySeparatesHashes()
{
    const QByteArray data("data");
    const QByteArray unkeyed = hash("PBK-mth-v1", data);
    const QByteArray k1 = hash("PBK-mth-v1", data, QByteArray(16, 'a'));
    const QByteArray k2 = hash("PBK-mth-v1", data, QByteArray(16, 'b'));
    QVERIFY(unkeyed != k1);
    QVERIFY(k1 != k2);
    QCOMPARE(hash("PBK-mth-v1", data, QByteArray(64, 'z')).size(), HashBytes);
}

// Expected roots computed independently in Python 3 (RFC 6962 §2.1):
//   H = lambda d: hashlib.blake2b(d, digest_size=32, person=b"PBK-mth-v1").digest()
//   def mth(L):
//       if not L: return H(b"")
//       if len(L) == 1: return H(b"\x00" + L[0])
//       k = 1
//       while k * 2 < len(L): k *= 2
//       return H(b"\x01" + mth(L[:k]) + mth(L[k:]))
//   leaves = [b"leaf-%d" % i for i in range(n)]
void TestHash::merkleRootKnownAnswers_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("expectedHex");
    QTest::newRow("0") << 0 << QByteArray("35da40270c986e17a88870e07e4136e6ca9dc200bd12ff590a882505416802b5");
    QTest::newRow("1") << 1 << QByteArray("b0cf47634ec07a6acc3df14b131b0303d171c7814e0a23e8d272fcfcbc2aebd5");
    QTest::newRow("2") << 2 << QByteArray("afcd3694150e4aeeed72213b623c38208452229ae0a468697469bcb1ff6d7515");
    QTest::newRow("3") << 3 << QByteArray("bdc9ce39b5bfa306ea40623ebc5151d7a8c910552622549046c49f209485c793");
    QTest::newRow("5") << 5 << QByteArray("1aedddcc412642c1d5ffc05393581affa34c75f8dbbc5276ed1d12afe7f6dac0");
    // Every shape of odd node carried up: one level, two levels, several.
    QTest::newRow("6") << 6 << QByteArray("a8eea36d51d47429cde53e0134ff9df1131dfe0ee8001d094e907801f582c1b9");
    QTest::newRow("7") << 7 << QByteArray("43eb2a038248d0bf5dc837e9933243ca7604c36c6fa3fc687c050e340edd249c");
    QTest::newRow("8") << 8 << QByteArray("a22072697151d3ba269f97bf046b9cc64614324559846b6ee8e138fde71fc931");
    QTest::newRow("9") << 9 << QByteArray("46dd70af02e012d9dcc9e9af5880092f61453f306176f3e36a8176f3616d6ba1");
    QTest::newRow("13") << 13 << QByteArray("1a045f6b839bcb60a2f3f19a846cb72c095cae0124067bf7a5199db70a97ae90");
    QTest::newRow("100") << 100 << QByteArray("c31f02cbbf12ffed5e3b6d2af30f3a9a1617228c4db62a96c1edd96dea5af028");
    QTest::newRow("1000") << 1000 << QByteArray("ee61d659a8bc0de4bae456518dd1d1cb684c8d39336e60235a29b7aa00705d85");
}

void TestHash::merkleRootKnownAnswers()
{
    QFETCH(int, count);
    QFETCH(QByteArray, expectedHex);
    std::vector<QByteArray> leaves;
    for (int i = 0; i < count; ++i)
        leaves.push_back("leaf-" + QByteArray::number(i));
    QCOMPARE(merkleRoot("PBK-mth-v1", leaves).toHex(), expectedHex);
}

void TestHash::merkleRootDependsOnLeafOrder()
{
    const std::vector<QByteArray> ab{"a", "b", "c"};
    const std::vector<QByteArray> ba{"b", "a", "c"};
    QVERIFY(merkleRoot("PBK-mth-v1", ab) != merkleRoot("PBK-mth-v1", ba));
}

void TestHash::merkleLeafAndNodeHashesAreSeparated()
{
    // Without distinct 0x00/0x01 prefixes, a single leaf holding the two child hashes
    // of a two-leaf tree would have the same root (second-preimage on the tree).
    const QByteArray leafA = hash("PBK-mth-v1", QByteArray(QByteArray(1, '\0') + "a"));
    const QByteArray leafB = hash("PBK-mth-v1", QByteArray(QByteArray(1, '\0') + "b"));
    const QByteArray twoLeaves = merkleRoot("PBK-mth-v1", std::vector<QByteArray> {"a", "b"});
    QCOMPARE(twoLeaves, hash("PBK-mth-v1", QByteArray(QByteArray(1, '\1') + leafA + leafB)));
    QVERIFY(merkleRoot("PBK-mth-v1", std::vector<QByteArray> {QByteArray(leafA + leafB)}) != twoLeaves);
    QVERIFY(merkleRoot("PBK-mth-v1", std::vector<QByteArray> {QByteArray(QByteArray(1, '\1') + leafA + leafB)}) != twoLeaves);
}

void TestHash::merkleRootUsesPersonalisation()
{
    const std::vector<QByteArray> leaves{"x", "y"};
    QVERIFY(merkleRoot("PBK-mth-v1", leaves) != merkleRoot("PBK-other-v1", leaves));
    QCOMPARE(merkleRoot("PBK-mth-v1", {}), hash("PBK-mth-v1", ""));
}

void TestHash::invalidPersonalisationOrKeyAborts()
{
    QVERIFY(abortsInChild([] { hash("0123456789abcdefX", "data"); })); // 17 bytes
    QVERIFY(abortsInChild([] { hash(QByteArrayView("abc\0", 4), "data"); }));
    QVERIFY(abortsInChild([] { hash("PBK-mth-v1", "data", QByteArray(15, 'k')); }));
    QVERIFY(abortsInChild([] { hash("PBK-mth-v1", "data", QByteArray(65, 'k')); }));
    QVERIFY(abortsInChild([] { merkleRoot("0123456789abcdefX", {}); }));
    QVERIFY(!abortsInChild([] { hash("0123456789abcdef", "data", QByteArray(16, 'k')); }));
}

QTEST_GUILESS_MAIN(TestHash)
#include "TestHash.moc"
