// pbvote tally --pabulib and pbvote pabulib-info: the real binary (PBVOTE_CLI_PATH)
// through QProcess, and the command functions in-process.

#include "cli/TallyPabulib.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSmallFile = QStringLiteral(PBVOTE_DATA_DIR "/pabulib/poland_warszawa_2017_miedzeszyn.pb");
const QString kSmallExpected =
    QStringLiteral(PBVOTE_DATA_DIR "/pabulib/expected/poland_warszawa_2017_miedzeszyn.expected.json");
const QString kCumulativeFile = QStringLiteral(PBVOTE_DATA_DIR "/pabulib/france_toulouse_2019_.pb");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runPbvote(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PBVOTE_CLI_PATH), args);
    Run r;
    if (!p.waitForStarted(10'000) || !p.waitForFinished(120'000)) {
        r.err = "pbvote did not start or finish: " + p.errorString().toUtf8();
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Calls one of the command functions with captured streams.
struct InProcess
{
    int exitCode = -1;
    QString out;
    QString err;
};

template<typename F>
InProcess call(F command, const QStringList &args)
{
    InProcess r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = command(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(content);
    return path;
}

const QByteArray kBroken = "META\n"
                           "key;value\n"
                           "budget;100\n"
                           "vote_type;approval\n"
                           "PROJECTS\n"
                           "project_id;cost\n"
                           "1;60\n"
                           "VOTES\n"
                           "voter_id;vote\n"
                           "1;1\n"
                           "2;5\n"; // line 11: no project 5

} // namespace

class TestTallyCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsOneJsonObjectWithTheOutcome();
    void printsTextByDefault();
    void rejectsMalformedFileWithLineNumber();
    void rejectsUnknownRule();
    void rejectsUnknownTieBreaking();
    void documentsEveryOptionInHelp();
    void reportsMissingArguments();
    void describesFileWithPabulibInfo();
    void describesFileAsJson();
    void pabulibInfoReportsBadFile();
};

void TestTallyCli::initTestCase()
{
    QVERIFY2(QFile::exists(kSmallFile), qPrintable(u"data missing: "_qs + kSmallFile));
    QVERIFY2(QFile::exists(QStringLiteral(PBVOTE_CLI_PATH)), PBVOTE_CLI_PATH);
}

void TestTallyCli::printsOneJsonObjectWithTheOutcome()
{
    const Run r = runPbvote({u"tally"_qs, u"--pabulib"_qs, kSmallFile, u"--rule"_qs, u"greedy"_qs, u"--json"_qs});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error); // the whole output
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + QString::fromUtf8(r.out)));
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();

    QCOMPARE(o.value(u"rule").toString(), u"greedy"_qs);
    QCOMPARE(o.value(u"tie_breaking").toString(), u"lexicographic-id"_qs);
    QCOMPARE(o.value(u"instance").toString(), u"poland_warszawa_2017_miedzeszyn.pb"_qs);
    QCOMPARE(o.value(u"budget").toInteger(), 117063);
    QCOMPARE(o.value(u"budget_used").toInteger() + o.value(u"budget_left").toInteger(), 117063);
    QVERIFY(o.value(u"parameters").isObject());

    // The winners are pabutools' greedy winners.
    QFile f(kSmallExpected);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringList expected;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(u"rules").toObject().value(u"greedy").toArray())
        expected << v.toString();
    QStringList winners;
    for (const QJsonValue &v : o.value(u"winners").toArray())
        winners << v.toString();
    QStringList sorted = winners;
    sorted.sort();
    QCOMPARE(sorted, expected);

    // Every project, with its verdict; funded ones add up to budget_used.
    const QJsonArray projects = o.value(u"projects").toArray();
    QCOMPARE(projects.size(), 8);
    qint64 used = 0;
    int funded = 0;
    for (const QJsonValue &v : projects) {
        const QJsonObject p = v.toObject();
        for (const char16_t *key : {u"id", u"name", u"cost", u"funded", u"order", u"reason", u"facts"})
            QVERIFY2(p.contains(QStringView(key)), qPrintable(QString::fromUtf16(key)));
        QVERIFY(!p.value(u"reason").toString().isEmpty());
        if (p.value(u"funded").toBool()) {
            ++funded;
            used += p.value(u"cost").toInteger();
            QCOMPARE(winners.value(p.value(u"order").toInt() - 1), p.value(u"id").toString());
        }
    }
    QCOMPARE(funded, winners.size());
    QCOMPARE(used, o.value(u"budget_used").toInteger());
}

void TestTallyCli::printsTextByDefault()
{
    const Run r = runPbvote({u"tally"_qs, u"--pabulib"_qs, kSmallFile, u"--rule"_qs, u"greedy"_qs,
                             u"--tie-break"_qs, u"lower-cost"_qs});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(u"lower-cost"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"117063"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"1769"_qs), qPrintable(text)); // a project id of the file
    QVERIFY(!text.trimmed().startsWith(u'{'));
}

void TestTallyCli::rejectsMalformedFileWithLineNumber()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeTemp(dir, u"broken.pb"_qs, kBroken);
    QVERIFY(!path.isEmpty());
    const Run r = runPbvote({u"tally"_qs, u"--pabulib"_qs, path, u"--rule"_qs, u"greedy"_qs, u"--json"_qs});
    QVERIFY2(r.exitCode > 0, r.err.constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(u"line 11"_qs), qPrintable(err));
    QVERIFY2(err.contains(path), qPrintable(err));
    QVERIFY(r.out.trimmed().isEmpty());

    const Run missing = runPbvote({u"tally"_qs, u"--pabulib"_qs, dir.filePath(u"none.pb"_qs), u"--rule"_qs, u"greedy"_qs});
    QVERIFY(missing.exitCode > 0);
    QVERIFY2(missing.err.contains("none.pb"), missing.err.constData());
}

void TestTallyCli::rejectsUnknownRule()
{
    const Run r = runPbvote({u"tally"_qs, u"--pabulib"_qs, kSmallFile, u"--rule"_qs, u"no-such-rule"_qs});
    QVERIFY2(r.exitCode > 0, r.err.constData());
    QVERIFY2(r.err.contains("no-such-rule"), r.err.constData());
    QVERIFY2(r.err.contains("greedy"), r.err.constData()); // the valid names are listed
    QVERIFY(r.out.trimmed().isEmpty());
}

void TestTallyCli::rejectsUnknownTieBreaking()
{
    const InProcess r = call(pbvote::cli::tallyPabulib, {u"--pabulib"_qs, kSmallFile, u"--rule"_qs, u"greedy"_qs,
                                                         u"--tie-break"_qs, u"coin"_qs});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"coin"_qs) && r.err.contains(u"more-votes"_qs), qPrintable(r.err));
}

void TestTallyCli::documentsEveryOptionInHelp()
{
    const InProcess r = call(pbvote::cli::tallyPabulib, {u"--pabulib"_qs, u"--help"_qs});
    QCOMPARE(r.exitCode, 0);
    for (const char16_t *option : {u"--pabulib", u"--rule", u"--tie-break", u"--json", u"lexicographic-id",
                                   u"lower-cost", u"more-votes", u"greedy"})
        QVERIFY2(r.out.contains(QStringView(option)), qPrintable(r.out));

    const Run viaBinary = runPbvote({u"tally"_qs, u"--pabulib"_qs, kSmallFile, u"--help"_qs});
    QCOMPARE(viaBinary.exitCode, 0);
    QVERIFY2(viaBinary.out.contains("--tie-break"), viaBinary.out.constData());
}

void TestTallyCli::reportsMissingArguments()
{
    const InProcess noRule = call(pbvote::cli::tallyPabulib, {u"--pabulib"_qs, kSmallFile});
    QCOMPARE(noRule.exitCode, 2);
    QVERIFY2(noRule.err.contains(u"--rule"_qs) && noRule.err.contains(u"greedy"_qs), qPrintable(noRule.err));
    const InProcess noValue = call(pbvote::cli::tallyPabulib, {u"--pabulib"_qs});
    QCOMPARE(noValue.exitCode, 2);
    QVERIFY2(noValue.err.contains(u"--pabulib"_qs), qPrintable(noValue.err));
    const InProcess stray = call(pbvote::cli::tallyPabulib, {u"--pabulib"_qs, kSmallFile, u"--rule"_qs, u"greedy"_qs,
                                                             u"extra"_qs});
    QCOMPARE(stray.exitCode, 2);
    QVERIFY2(stray.err.contains(u"extra"_qs), qPrintable(stray.err));
}

void TestTallyCli::describesFileWithPabulibInfo()
{
    const InProcess r = call(pbvote::cli::pabulibInfo, {kCumulativeFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"cumulative"_qs), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"1494"_qs), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"1000000"_qs), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Compostons ensemble !"_qs), qPrintable(r.out));
}

void TestTallyCli::describesFileAsJson()
{
    const InProcess r = call(pbvote::cli::pabulibInfo, {kSmallFile, u"--json"_qs});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(o.value(u"voters").toInteger(), 545);
    QCOMPARE(o.value(u"projects_count").toInteger(), 8);
    QCOMPARE(o.value(u"budget").toInteger(), 117063);
    QCOMPARE(o.value(u"vote_type").toString(), u"approval"_qs);
    QCOMPARE(o.value(u"meta").toObject().value(u"num_votes").toString(), u"545"_qs);
    const QJsonArray projects = o.value(u"projects").toArray();
    QCOMPARE(projects.size(), 8);
    qint64 total = 0;
    for (const QJsonValue &p : projects)
        total += p.toObject().value(u"cost").toInteger();
    QCOMPARE(o.value(u"total_cost").toInteger(), total);
    // The file's own votes column for project 1769 says 375.
    QCOMPARE(projects[0].toObject().value(u"id").toString(), u"1769"_qs);
    QCOMPARE(projects[0].toObject().value(u"supporters").toInteger(), 375);
}

void TestTallyCli::pabulibInfoReportsBadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeTemp(dir, u"broken.pb"_qs, kBroken);
    const InProcess r = call(pbvote::cli::pabulibInfo, {path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"line 11"_qs), qPrintable(r.err));
    QCOMPARE(call(pbvote::cli::pabulibInfo, QStringList()).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestTallyCli)
#include "TestTallyCli.moc"
