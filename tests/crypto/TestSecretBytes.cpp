#include "crypto/Crypto.h"
#include "crypto/SecretBytes.h"

#include <QtTest>

#include <type_traits>
#include <utility>

using namespace pbvote::crypto;

class TestSecretBytes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isMoveOnly();
    void zeroSizeAllocatesNothing();
    void newBufferIsZeroFilled();
    void copyOfCopiesTheBytes();
    void randomFillsTheBuffer();
    void moveConstructionTransfersOwnership();
    void moveAssignmentTransfersOwnership();
    void selfMoveAssignmentKeepsContent();
    void truncateShrinksAndWipesTheTail();
    void truncateNeverGrows();
    void viewDoesNotCopy();
};

void TestSecretBytes::initTestCase()
{
    QVERIFY(initialize());
}

void TestSecretBytes::isMoveOnly()
{
    QVERIFY(!std::is_copy_constructible_v<SecretBytes>);
    QVERIFY(!std::is_copy_assignable_v<SecretBytes>);
    QVERIFY(std::is_nothrow_move_constructible_v<SecretBytes>);
    QVERIFY(std::is_nothrow_move_assignable_v<SecretBytes>);
}

void TestSecretBytes::zeroSizeAllocatesNothing()
{
    SecretBytes none;
    QVERIFY(none.isEmpty());
    QCOMPARE(none.size(), std::size_t(0));
    QVERIFY(none.data() == nullptr);
    SecretBytes zero(0);
    QVERIFY(zero.isEmpty());
    QVERIFY(zero.data() == nullptr);
    QVERIFY(SecretBytes::copyOf({}).data() == nullptr);
    QVERIFY(SecretBytes::random(0).data() == nullptr);
    QCOMPARE(zero.view().size(), 0);
}

void TestSecretBytes::newBufferIsZeroFilled()
{
    // sodium_malloc fills with 0xdb; the constructor promises zeros.
    SecretBytes s(100);
    QCOMPARE(s.size(), std::size_t(100));
    QVERIFY(s.data() != nullptr);
    QCOMPARE(s.view(), QByteArrayView(QByteArray(100, '\0')));
}

void TestSecretBytes::copyOfCopiesTheBytes()
{
    const QByteArray source("correct horse battery staple");
    SecretBytes s = SecretBytes::copyOf(source);
    QCOMPARE(s.size(), std::size_t(source.size()));
    QCOMPARE(s.view(), QByteArrayView(source));
    QVERIFY(static_cast<const void *>(s.data()) != static_cast<const void *>(source.constData()));
}

void TestSecretBytes::randomFillsTheBuffer()
{
    SecretBytes a = SecretBytes::random(32);
    SecretBytes b = SecretBytes::random(32);
    QCOMPARE(a.size(), std::size_t(32));
    QVERIFY(a.view() != b.view());
    QVERIFY(a.view() != QByteArrayView(QByteArray(32, '\0')));
}

void TestSecretBytes::moveConstructionTransfersOwnership()
{
    SecretBytes a = SecretBytes::copyOf("secret");
    const unsigned char *buffer = a.data();
    SecretBytes b(std::move(a));
    QVERIFY(b.data() == buffer);
    QCOMPARE(b.view(), QByteArrayView("secret"));
    QVERIFY(a.data() == nullptr); // NOLINT(bugprone-use-after-move): checking the moved-from state
    QVERIFY(a.isEmpty());
}

void TestSecretBytes::moveAssignmentTransfersOwnership()
{
    SecretBytes a = SecretBytes::copyOf("first");
    SecretBytes b = SecretBytes::copyOf("second");
    const unsigned char *bufferB = b.data();
    a = std::move(b);
    QVERIFY(a.data() == bufferB);
    QCOMPARE(a.view(), QByteArrayView("second"));
    QVERIFY(b.data() == nullptr); // NOLINT(bugprone-use-after-move)
    QVERIFY(b.isEmpty());
    // The moved-from object is usable again.
    b = SecretBytes::copyOf("third");
    QCOMPARE(b.view(), QByteArrayView("third"));
}

void TestSecretBytes::selfMoveAssignmentKeepsContent()
{
    SecretBytes a = SecretBytes::copyOf("keep");
    SecretBytes &alias = a;
    a = std::move(alias);
    QCOMPARE(a.view(), QByteArrayView("keep"));
}

void TestSecretBytes::truncateShrinksAndWipesTheTail()
{
    SecretBytes s = SecretBytes::copyOf("abcdef");
    const unsigned char *buffer = s.data();
    s.truncate(2);
    QCOMPARE(s.size(), std::size_t(2));
    QCOMPARE(s.view(), QByteArrayView("ab"));
    QVERIFY(s.data() == buffer); // same allocation; still freed (and wiped) as a whole
    for (int i = 2; i < 6; ++i)
        QCOMPARE(int(buffer[i]), 0);
    s.truncate(0);
    QVERIFY(s.isEmpty());
    QCOMPARE(int(buffer[0]), 0);
}

void TestSecretBytes::truncateNeverGrows()
{
    SecretBytes s = SecretBytes::copyOf("abc");
    s.truncate(10);
    QCOMPARE(s.size(), std::size_t(3));
    QCOMPARE(s.view(), QByteArrayView("abc"));
}

void TestSecretBytes::viewDoesNotCopy()
{
    SecretBytes s = SecretBytes::copyOf("xyz");
    QVERIFY(static_cast<const void *>(s.view().data()) == static_cast<const void *>(s.data()));
    QCOMPARE(s.view().size(), 3);
}

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "TestSecretBytes.moc"
