// pbvote-kiosk as a program: what an operator sees when it is started wrongly (no
// screen, a round that does not exist, a kiosk the round does not know, a bad PIN or
// idle time), and that a good start reaches its first frame.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestKioskProgram : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noDisplayIsSaidPlainly();
    void refusals_data();
    void refusals();
    void goodStartShowsTheWelcomeScreen();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QProcessEnvironment &env);
    QProcessEnvironment baseEnvironment() const;
    QTemporaryDir m_dir;
    QString m_db;
};

TestKioskProgram::Run TestKioskProgram::run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PBVOTE_KIOSK_PATH), args);
    Run r;
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QProcessEnvironment TestKioskProgram::baseEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PBVOTE_PASSPHRASE"), QStringLiteral("pbvote-demo"));
    env.insert(QStringLiteral("PBVOTE_OPERATOR_PIN"), QStringLiteral("1357"));
    return env;
}

void TestKioskProgram::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("kiosk.sqlite"));
    // The demo sets up round 1 with kiosk LIB-01 registered, then shows its first frame.
    const Run demo = run({QStringLiteral("--demo"), QStringLiteral("--db"), m_db, QStringLiteral("--measure")},
                         baseEnvironment());
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY2(demo.out.contains(QStringLiteral("First frame after")), qPrintable(demo.out));
    QVERIFY2(demo.out.contains(QStringLiteral("Staff PIN: 2468")), qPrintable(demo.out));
}

void TestKioskProgram::noDisplayIsSaidPlainly()
{
    QProcessEnvironment env = baseEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const Run r = run({QStringLiteral("--demo"), QStringLiteral("--db"), m_db}, env);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("no screen")) && r.err.contains(QStringLiteral("xvfb-run"))
                 && r.err.contains(QStringLiteral("--screenshots")),
             qPrintable(r.err));
}

void TestKioskProgram::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("message");
    const QStringList round1{QStringLiteral("--round"), QStringLiteral("1")};
    QTest::newRow("no database") << QStringList{QStringLiteral("--round"), QStringLiteral("1")} << u"1357"_qs
                                 << u"--db FILE"_qs;
    QTest::newRow("unknown round") << QStringList{QStringLiteral("--round"), QStringLiteral("7"),
                                                  QStringLiteral("--kiosk"), QStringLiteral("LIB-01")}
                                   << u"1357"_qs << u"no round 7"_qs;
    QTest::newRow("unknown kiosk") << round1 + QStringList{QStringLiteral("--kiosk"), QStringLiteral("LIB-09")}
                                   << u"1357"_qs << u"LIB-09"_qs;
    QTest::newRow("short PIN") << round1 + QStringList{QStringLiteral("--kiosk"), QStringLiteral("LIB-01")}
                               << u"12"_qs << u"4 to 12 digits"_qs;
    QTest::newRow("idle too short") << round1 + QStringList{QStringLiteral("--kiosk"), QStringLiteral("LIB-01"),
                                                            QStringLiteral("--idle-seconds"), QStringLiteral("30")}
                                    << u"1357"_qs << u"120 to 300"_qs;
    QTest::newRow("warning too long") << round1 + QStringList{QStringLiteral("--kiosk"), QStringLiteral("LIB-01"),
                                                              QStringLiteral("--warning-seconds"), QStringLiteral("90")}
                                      << u"1357"_qs << u"20 to 45"_qs;
    QTest::newRow("demo method") << QStringList{QStringLiteral("--demo"), QStringLiteral("--method"),
                                                QStringLiteral("plurality")}
                                 << u"1357"_qs << u"plurality"_qs;
}

void TestKioskProgram::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, pin);
    QFETCH(QString, message);
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("PBVOTE_OPERATOR_PIN"), pin);
    if (QTest::currentDataTag() != QByteArray("no database"))
        args << QStringLiteral("--db") << m_db;
    args << QStringLiteral("--measure");
    const Run r = run(args, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("pbvote-kiosk: ")) || r.err.contains(QStringLiteral("\npbvote-kiosk: ")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("First frame")), "the kiosk started anyway");
}

void TestKioskProgram::goodStartShowsTheWelcomeScreen()
{
    const Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("--round"), QStringLiteral("1"),
                       QStringLiteral("--kiosk"), QStringLiteral("LIB-01"), QStringLiteral("--measure")},
                      baseEnvironment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("First frame after")) && r.out.contains(QStringLiteral("MiB")),
             qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestKioskProgram)
#include "TestKioskProgram.moc"
