#include "crypto/Crypto.h"

#include <QtTest>

#include <cstdlib>

using namespace pbvote::crypto;

class TestPassphrase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstLineIsRead_data();
    void firstLineIsRead();
    void emptyFirstLineRefused_data();
    void emptyFirstLineRefused();
    void longestPassphraseAccepted();
    void tooLongPassphraseRefused();
    void missingFileNamesThePath();
    void directoryRefused();
    void environmentVariableIsRead();
    void environmentVariableIsKept();
    void unsetEnvironmentVariableNamed();
    void emptyEnvironmentVariableRefused();
    void ctestPassphraseIsAvailable();

private:
    QString writeFile(const QByteArray &contents);
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestPassphrase::initTestCase()
{
    QVERIFY(initialize());
    QVERIFY(m_dir.isValid());
}

QString TestPassphrase::writeFile(const QByteArray &contents)
{
    const QString path = m_dir.filePath(QStringLiteral("pass-%1.txt").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(contents) != contents.size())
        return {};
    return path;
}

void TestPassphrase::firstLineIsRead_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("trailing newline") << QByteArray("s3cret pass\n") << QByteArray("s3cret pass");
    QTest::newRow("no trailing newline") << QByteArray("s3cret pass") << QByteArray("s3cret pass");
    QTest::newRow("CRLF") << QByteArray("s3cret pass\r\n") << QByteArray("s3cret pass");
    QTest::newRow("only the first line") << QByteArray("first\nsecond\n") << QByteArray("first");
    QTest::newRow("CRLF, two lines") << QByteArray("first\r\nsecond\r\n") << QByteArray("first");
    QTest::newRow("spaces are kept") << QByteArray("  padded  \n") << QByteArray("  padded  ");
    QTest::newRow("UTF-8") << QByteArray("gr\xc3\xbc\xc3\x9f dich\n") << QByteArray("gr\xc3\xbc\xc3\x9f dich");
}

void TestPassphrase::firstLineIsRead()
{
    QFETCH(QByteArray, contents);
    QFETCH(QByteArray, expected);
    const QString path = writeFile(contents);
    QVERIFY(!path.isEmpty());
    const auto pass = readPassphraseFile(path);
    QVERIFY2(pass.ok(), qPrintable(pass.error()));
    QCOMPARE(pass->view(), QByteArrayView(expected));
}

void TestPassphrase::emptyFirstLineRefused_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("just a newline") << QByteArray("\n");
    QTest::newRow("just CRLF") << QByteArray("\r\n");
    QTest::newRow("empty first line") << QByteArray("\nsecond line\n");
}

void TestPassphrase::emptyFirstLineRefused()
{
    QFETCH(QByteArray, contents);
    const QString path = writeFile(contents);
    QVERIFY(!path.isEmpty());
    const auto pass = readPassphraseFile(path);
    QVERIFY(!pass.ok());
    QVERIFY2(pass.error().contains(QStringLiteral("empty")), qPrintable(pass.error()));
    QVERIFY2(pass.error().contains(path), qPrintable(pass.error()));
}

void TestPassphrase::longestPassphraseAccepted()
{
    const QByteArray longest(1024, 'p');
    for (const QByteArray &ending : {QByteArray(), QByteArray("\n"), QByteArray("\r\n")}) {
        const QString path = writeFile(QByteArray(longest + ending));
        const auto pass = readPassphraseFile(path);
        QVERIFY2(pass.ok(), qPrintable(pass.error()));
        QCOMPARE(pass->size(), std::size_t(1024));
    }
}

void TestPassphrase::tooLongPassphraseRefused()
{
    for (const QByteArray &contents : {QByteArray(1025, 'p'), QByteArray(QByteArray(1025, 'p') + "\n"),
                                       QByteArray(QByteArray(5000, 'p') + "\n")}) {
        const QString path = writeFile(contents);
        const auto pass = readPassphraseFile(path);
        QVERIFY(!pass.ok());
        QVERIFY2(pass.error().contains(QStringLiteral("longer than 1024 bytes")),
                 qPrintable(pass.error()));
    }
}

void TestPassphrase::missingFileNamesThePath()
{
    const QString path = m_dir.filePath(QStringLiteral("does-not-exist.txt"));
    const auto pass = readPassphraseFile(path);
    QVERIFY(!pass.ok());
    QVERIFY2(pass.error().contains(path), qPrintable(pass.error()));
    QVERIFY2(pass.error().contains(QStringLiteral("No such file")), qPrintable(pass.error()));
}

void TestPassphrase::directoryRefused()
{
    const auto pass = readPassphraseFile(m_dir.path());
    QVERIFY(!pass.ok());
    QVERIFY2(pass.error().contains(m_dir.path()), qPrintable(pass.error()));
}

void TestPassphrase::environmentVariableIsRead()
{
    QVERIFY(qputenv("PBVOTE_TEST_PASSPHRASE_A", "from the environment"));
    const auto pass = passphraseFromEnvironment("PBVOTE_TEST_PASSPHRASE_A");
    QVERIFY2(pass.ok(), qPrintable(pass.error()));
    QCOMPARE(pass->view(), QByteArrayView("from the environment"));
    QVERIFY(static_cast<const void *>(pass->data()) != static_cast<const void *>(std::getenv("PBVOTE_TEST_PASSPHRASE_A")));
}

void TestPassphrase::environmentVariableIsKept()
{
    // Documented: the variable is left in the environment (it cannot be wiped anyway).
    QVERIFY(qputenv("PBVOTE_TEST_PASSPHRASE_B", "kept"));
    QVERIFY(passphraseFromEnvironment("PBVOTE_TEST_PASSPHRASE_B").ok());
    QCOMPARE(qgetenv("PBVOTE_TEST_PASSPHRASE_B"), QByteArray("kept"));
    QVERIFY(passphraseFromEnvironment("PBVOTE_TEST_PASSPHRASE_B").ok());
}

void TestPassphrase::unsetEnvironmentVariableNamed()
{
    QVERIFY(qunsetenv("PBVOTE_TEST_PASSPHRASE_UNSET"));
    const auto pass = passphraseFromEnvironment("PBVOTE_TEST_PASSPHRASE_UNSET");
    QVERIFY(!pass.ok());
    QVERIFY2(pass.error().contains(QStringLiteral("PBVOTE_TEST_PASSPHRASE_UNSET")),
             qPrintable(pass.error()));
    QVERIFY2(pass.error().contains(QStringLiteral("not set")), qPrintable(pass.error()));
}

void TestPassphrase::emptyEnvironmentVariableRefused()
{
    QVERIFY(qputenv("PBVOTE_TEST_PASSPHRASE_EMPTY", QByteArray()));
    const auto pass = passphraseFromEnvironment("PBVOTE_TEST_PASSPHRASE_EMPTY");
    QVERIFY(!pass.ok());
    QVERIFY2(pass.error().contains(QStringLiteral("empty")), qPrintable(pass.error()));
}

void TestPassphrase::ctestPassphraseIsAvailable()
{
    // tests/CMakeLists.txt sets PBVOTE_PASSPHRASE=test-passphrase for every test.
    if (!qEnvironmentVariableIsSet("PBVOTE_PASSPHRASE"))
        QSKIP("PBVOTE_PASSPHRASE is only set when run through ctest");
    const auto pass = passphraseFromEnvironment("PBVOTE_PASSPHRASE");
    QVERIFY2(pass.ok(), qPrintable(pass.error()));
    QCOMPARE(pass->view(), QByteArrayView("test-passphrase"));
}

QTEST_GUILESS_MAIN(TestPassphrase)
#include "TestPassphrase.moc"
