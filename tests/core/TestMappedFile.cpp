// util::MappedFile: a mapped file shows the file's bytes; a file cut short while mapped
// reads as zeros instead of killing the program with SIGBUS, and counts as changed; so
// does a file written, grown, touched or replaced while mapped; what cannot be mapped is refused so
// the caller reads it instead.
#include "util/MappedFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>
#include <vector>

using namespace pbvote;

class TestMappedFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsTheFilesBytes_data();
    void showsTheFilesBytes();
    void refusesWhatCannotBeMapped();
    void aFileCutShortReadsAsZerosAndHasChanged();
    void aFileWrittenOrTouchedHasChanged_data();
    void aFileWrittenOrTouchedHasChanged();
    void aFileReplacedWhileMappedKeepsItsBytesButHasChanged();
    void refusesMoreThanItsTableHolds();

private:
    QString write(const QString &name, const QByteArray &bytes);
    static QByteArray pattern(qsizetype size);
    static void waitForTheClock();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMappedFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestMappedFile::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestMappedFile::pattern(qsizetype size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        b[i] = char('a' + (i * 7 + i / 4096) % 26);
    return b;
}

// File times move with the kernel's clock tick (a few milliseconds): a change must come
// a tick after the mapping for its time to differ.
void TestMappedFile::waitForTheClock()
{
    QThread::msleep(30);
}

void TestMappedFile::showsTheFilesBytes_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("one byte") << qsizetype(1);
    QTest::newRow("exactly one page") << qsizetype(4096);
    QTest::newRow("not whole pages") << qsizetype(3 * 4096 + 123);
    QTest::newRow("several MB") << qsizetype(5 * 1024 * 1024 + 7);
}

void TestMappedFile::showsTheFilesBytes()
{
    QFETCH(qsizetype, size);
    const QByteArray bytes = pattern(size);
    const QString path = write(u"f.json"_qs, bytes);
    util::MappedFile f;
    QVERIFY(f.map(path));
    QVERIFY(f.isMapped());
    QCOMPARE(f.bytes().size(), size);
    QVERIFY(f.bytes() == QByteArrayView(bytes));
    QVERIFY(!f.changed());
    QVERIFY(!f.map(path)); // once only
}

void TestMappedFile::refusesWhatCannotBeMapped()
{
    util::MappedFile empty;
    QVERIFY(!empty.map(write(u"empty.json"_qs, {})));
    QVERIFY(!empty.isMapped());
    QVERIFY(empty.bytes().isEmpty());
    QVERIFY(!empty.changed());

    util::MappedFile missing;
    QVERIFY(!missing.map(m_dir->filePath(u"none.json"_qs)));

    util::MappedFile directory;
    QVERIFY(!directory.map(m_dir->path()));
}

void TestMappedFile::aFileCutShortReadsAsZerosAndHasChanged()
{
    // Without the guard, reading past the new end raises SIGBUS and this test dies.
    const qsizetype size = 6 * 4096 + 100;
    const QByteArray bytes = pattern(size);
    const QString path = write(u"cut.json"_qs, bytes);
    util::MappedFile f;
    QVERIFY(f.map(path));
    QVERIFY(QFile::resize(path, 4096 + 10));

    const QByteArrayView seen = f.bytes();
    QCOMPARE(seen.size(), size);
    // The first page is still the file's; from the first page beyond the new end, zeros.
    QVERIFY(seen.first(4096) == QByteArrayView(bytes).first(4096));
    qsizetype nonZeroAfter = 0;
    for (qsizetype i = 2 * 4096; i < size; ++i)
        nonZeroAfter += seen[i] != 0;
    QCOMPARE(nonZeroAfter, qsizetype(0));
    QVERIFY(f.changed());
}

void TestMappedFile::aFileWrittenOrTouchedHasChanged_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("same size, one byte rewritten") << u"rewrite"_qs;
    QTest::newRow("grown") << u"append"_qs;
    QTest::newRow("times set back by hand") << u"touch"_qs;
}

void TestMappedFile::aFileWrittenOrTouchedHasChanged()
{
    QFETCH(QString, how);
    const QByteArray bytes = pattern(3 * 4096);
    const QString path = write(u"w.json"_qs, bytes);
    QFile writer(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    util::MappedFile f;
    QVERIFY(f.map(path));
    QVERIFY(!f.changed());
    waitForTheClock();
    if (how == u"rewrite") {
        QVERIFY(writer.open(QIODevice::ReadWrite));
        QVERIFY(writer.seek(5000));
        QCOMPARE(writer.write("Z", 1), qint64(1));
        writer.close();
        QCOMPARE(f.bytes()[5000], 'Z'); // a private mapping still shows others' writes
    } else if (how == u"append") {
        QVERIFY(writer.open(QIODevice::Append));
        QCOMPARE(writer.write("more", 4), qint64(4));
        writer.close();
    } else {
        // Setting the modification time back changes the status-change time, which
        // cannot be set back.
        QVERIFY(writer.open(QIODevice::ReadWrite));
        QVERIFY(writer.setFileTime(modified, QFileDevice::FileModificationTime));
        writer.close();
    }
    QVERIFY(f.changed());
}

void TestMappedFile::aFileReplacedWhileMappedKeepsItsBytesButHasChanged()
{
    // A new file moved over the path leaves the mapped one whole, but the old one lost its
    // name, which changes its status-change time: counted as a change (the caller asks
    // for a new look at the path, which is the safe side).
    const QByteArray bytes = pattern(2 * 4096);
    const QString path = write(u"r.json"_qs, bytes);
    util::MappedFile f;
    QVERIFY(f.map(path));
    waitForTheClock();
    const QString other = write(u"other.json"_qs, pattern(100));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(other, path));
    QVERIFY(f.bytes() == QByteArrayView(bytes));
    QVERIFY(f.changed());
}

void TestMappedFile::refusesMoreThanItsTableHolds()
{
    const QString path = write(u"t.json"_qs, pattern(100));
    std::vector<std::unique_ptr<util::MappedFile>> files;
    for (int i = 0; i < util::MappedFile::MaxMapped; ++i) {
        files.push_back(std::make_unique<util::MappedFile>());
        QVERIFY(files.back()->map(path));
    }
    util::MappedFile oneMore;
    QVERIFY(!oneMore.map(path));
    files.pop_back(); // frees a place
    util::MappedFile now;
    QVERIFY(now.map(path));
    QVERIFY(now.bytes() == QByteArrayView(pattern(100)));
}

QTEST_GUILESS_MAIN(TestMappedFile)
#include "TestMappedFile.moc"
