// The auditor's printable report (core/audit/AuditReport): the verdict in plain words,
// what was and was not verified, every check with its status as a word; text escaped,
// well-formed HTML5, right to left in Arabic; and `pbvote verify --html`.
#include "AuditRecordFixture.h"

#include "audit/AuditReport.h"
#include "audit/Verifier.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace pbvote;

namespace {

audit::CheckResult check(const QString &id, const QString &title, const QString &status,
    const QStringList &problems = {}, const QStringList &notes = {})
{
    audit::CheckResult c;
    c.id = id;
    c.title = title;
    c.passed = status != u"FAIL"_qs;
    c.warning = status == u"WARN"_qs;
    c.skipped = status == u"SKIP"_qs;
    c.problems = problems;
    c.notes = notes;
    return c;
}

// A report as the verifier makes one, with the checks given.
audit::VerifyReport reportWith(std::vector<audit::CheckResult> checks, qint64 results = 1)
{
    audit::VerifyReport r;
    r.checks = std::move(checks);
    r.version = 2;
    r.electionName = u"Riverton Budget 2026"_qs;
    r.electionId = u"00112233445566778899aabbccddeeff"_qs;
    r.authorityFingerprint = u"ABCD-EFGH-IJKL-MNOP"_qs;
    r.ballots = 7;
    r.kiosks = 2;
    r.checkpoints = 3;
    r.events = 12;
    r.results = results;
    return r;
}

audit::AuditReportInfo infoFor(const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedStates))
{
    audit::AuditReportInfo info;
    info.recordFileName = u"round-1-record.json"_qs;
    info.recordSize = 12345;
    info.recordSha256 = QString(64, u'a');
    info.pbvoteVersion = u"9.9.9"_qs;
    info.verifiedAt = QDateTime(QDate(2026, 5, 1), QTime(14, 3), Qt::UTC);
    info.locale = locale;
    return info;
}

// The element names of `html` form one properly nested tree (void elements apart), and
// it starts as an HTML5 document.
QString nestingProblem(const QString &html)
{
    if (!html.startsWith(u"<!DOCTYPE html>"_qs))
        return u"no <!DOCTYPE html>"_qs;
    static const QRegularExpression tag(u"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>"_qs);
    static const QStringList voids {u"meta"_qs, u"hr"_qs, u"br"_qs, u"img"_qs, u"link"_qs};
    QStringList open;
    // Style contents hold no tags.
    QString body = html;
    body.remove(QRegularExpression(u"<style>.*</style>"_qs, QRegularExpression::DotMatchesEverythingOption));
    for (auto it = tag.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(2).toLower();
        if (voids.contains(name))
            continue;
        if (m.captured(1).isEmpty()) {
            open << name;
        } else {
            if (open.isEmpty() || open.last() != name)
                return u"</%1> closes <%2>"_qs.arg(name, open.isEmpty() ? u"nothing"_qs : open.last());
            open.removeLast();
        }
    }
    return open.isEmpty() ? QString() : u"unclosed: "_qs + open.join(u", "_qs);
}

} // namespace

class TestAuditReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verdictInPlainWords();
    void everyCheckWithItsStatusInWords();
    void whatWasNotVerifiedIsSaid();
    void textIsEscaped();
    void wellFormedHtml5();
    void rightToLeftInArabic();
    void receiptAnswer();
    void genuineRecordReport();
    void witnessCodesFromALog();
    void cliWritesHtml();
    void cliHtmlUnwritable();

private:
    QTemporaryDir m_dir;
    testsupport::GenuineRecord m_g;
    QTranslator m_english;
};

void TestAuditReport::initTestCase()
{
    QVERIFY(crypto::initialize());
    QVERIFY(m_dir.isValid());
    // English as the programs load it (plural forms).
    QVERIFY(m_english.load(u":/i18n/pbvote_en.qm"_qs));
    QCoreApplication::installTranslator(&m_english);
    QVERIFY(testsupport::makeGenuineRecord(m_g, m_dir.filePath(u"round.sqlite"_qs), m_dir.filePath(u"record.json"_qs)));
}

void TestAuditReport::verdictInPlainWords()
{
    const auto pass = reportWith({check(u"A"_qs, u"a"_qs, u"PASS"_qs), check(u"B"_qs, u"b"_qs, u"SKIP"_qs)});
    QCOMPARE(audit::verdictOf(pass), audit::Verdict::Passed);
    QCOMPARE(audit::verdictHeadline(pass), u"The published result matches the ballots"_qs);
    QVERIFY(audit::verdictDetail(pass).contains(u"1 check ran without finding a problem"_qs));
    QVERIFY(audit::verdictDetail(pass).contains(u"1 check did not run"_qs));

    const auto noCount = reportWith({check(u"A"_qs, u"a"_qs, u"PASS"_qs)}, 0);
    QCOMPARE(audit::verdictHeadline(noCount), u"Every check passed; the record holds no result yet"_qs);

    const auto warn = reportWith(
        {check(u"A"_qs, u"a"_qs, u"PASS"_qs), check(u"MANIFEST_SIG"_qs, u"m"_qs, u"WARN"_qs, {u"not pinned"_qs})});
    QCOMPARE(audit::verdictOf(warn), audit::Verdict::PassedWithWarnings);
    QCOMPARE(audit::verdictHeadline(warn), u"The published result matches the ballots, with warnings to read"_qs);
    QVERIFY(audit::verdictDetail(warn).contains(u"MANIFEST_SIG"_qs));

    const auto fail = reportWith({check(u"A"_qs, u"a"_qs, u"FAIL"_qs, {u"x"_qs}), check(u"B"_qs, u"b"_qs, u"WARN"_qs),
        check(u"C"_qs, u"c"_qs, u"FAIL"_qs, {u"y"_qs})});
    QCOMPARE(audit::verdictOf(fail), audit::Verdict::Failed);
    QCOMPARE(audit::verdictHeadline(fail), u"Verification FAILED: 2 checks found problems"_qs);
    QVERIFY(audit::verdictDetail(fail).contains(u"Failed: \u2068A\u2069, \u2068C\u2069."_qs));
    const auto one = reportWith({check(u"A"_qs, u"a"_qs, u"FAIL"_qs, {u"x"_qs})});
    QCOMPARE(audit::verdictHeadline(one), u"Verification FAILED: 1 check found problems"_qs);
    // A report without checks never reads as a pass.
    QCOMPARE(audit::verdictHeadline(reportWith({})), u"Verification FAILED: no check could run"_qs);

    // The page says the same, first.
    const QString html = audit::auditReportHtml(fail, infoFor());
    const qsizetype verdictAt = html.indexOf(u"Verification FAILED: 2 checks found problems"_qs);
    QVERIFY(verdictAt > 0);
    QVERIFY(verdictAt < html.indexOf(u"What was verified"_qs));
    QVERIFY(html.contains(u"<table class=\"verdict\" role=\"presentation\"><tr><td class=\"fail\">"_qs));
}

void TestAuditReport::everyCheckWithItsStatusInWords()
{
    const auto r = reportWith({check(u"ONE"_qs, u"First thing"_qs, u"PASS"_qs, {}, {u"3 checked"_qs}),
        check(u"TWO"_qs, u"Second thing"_qs, u"WARN"_qs, {u"read me"_qs}),
        check(u"THREE"_qs, u"Third thing"_qs, u"FAIL"_qs, {u"ballots[2], id 0a0b: bad"_qs}),
        check(u"FOUR"_qs, u"Fourth thing"_qs, u"SKIP"_qs, {}, {u"No codes given."_qs})});
    QCOMPARE(audit::statusWord(r.checks[0]), u"Passed"_qs);
    QCOMPARE(audit::statusWord(r.checks[1]), u"Warning"_qs);
    QCOMPARE(audit::statusWord(r.checks[2]), u"FAILED"_qs);
    QCOMPARE(audit::statusWord(r.checks[3]), u"Not run"_qs);
    const QString html = audit::auditReportHtml(r, infoFor());
    for (const audit::CheckResult &c : r.checks) {
        // In the table: the status word, the id, what it checks.
        QVERIFY2(html.contains(u"\">"_qs + audit::statusWord(c) + u"</td><td><code>"_qs + c.id
                     + u"</code></td><td dir=\"auto\">"_qs + c.title + u"</td>"_qs),
            qPrintable(c.id));
        QVERIFY(html.contains(u"id=\"check-"_qs + c.id + u'"'));
        for (const QString &p : c.problems)
            QVERIFY(html.contains(u"<li dir=\"auto\">"_qs + p + u"</li>"_qs));
        for (const QString &n : c.notes)
            QVERIFY(html.contains(u"<li dir=\"auto\">"_qs + n + u"</li>"_qs));
    }
    QVERIFY(html.contains(u"Problems found:"_qs));
    QVERIFY(html.contains(u"Warnings to read:"_qs));
    QVERIFY(html.contains(u"Why it did not run:"_qs));
}

void TestAuditReport::whatWasNotVerifiedIsSaid()
{
    auto r = reportWith({check(u"A"_qs, u"a"_qs, u"PASS"_qs)});
    audit::AuditReportInfo info = infoFor();
    QStringList s = audit::coverageSentences(r, info);
    QCOMPARE(s.size(), 4);
    QVERIFY(s[0].contains(u"NOT compared with a published fingerprint"_qs));
    QVERIFY(s[0].contains(r.authorityFingerprint));
    QVERIFY(s[1].startsWith(u"No witness codes were given"_qs));
    QVERIFY(s[2].startsWith(u"The election key was not used"_qs));
    QCOMPARE(s[3], u"No voter's receipt was looked up."_qs);

    info.authorityFingerprint = u"abcd efgh ijkl mnop"_qs;
    r.authorityPinned = true;
    info.witnessCodes = 3;
    info.electionKeyUsed = true;
    info.receipt = u"GPEK-A7LW-KIAX-PLS4"_qs;
    s = audit::coverageSentences(r, info);
    QVERIFY(s[0].startsWith(u"The authority's key was compared with the fingerprint you gave"_qs));
    QVERIFY(s[1].startsWith(u"3 witness codes"_qs));
    QVERIFY(s[2].startsWith(u"The election key was used"_qs));
    QVERIFY(s[3].contains(info.receipt));

    // Given but not the record's key: said, with both fingerprints.
    r.authorityPinned = false;
    s = audit::coverageSentences(r, info);
    QVERIFY(s[0].contains(u"is NOT the one of the key that signed this record"_qs));
    QVERIFY(s[0].contains(r.authorityFingerprint));

    const QString html = audit::auditReportHtml(r, info);
    for (const QString &sentence : s)
        QVERIFY2(html.contains(sentence.toHtmlEscaped()), qPrintable(sentence));
}

void TestAuditReport::textIsEscaped()
{
    const QString script = u"<script>alert(\"pwned\")</script>"_qs;
    auto r = reportWith({check(u"BALLOT_KIOSK"_qs, u"Kiosk <b>names</b> & more"_qs, u"FAIL"_qs,
        {u"ballots[0]: kiosk \""_qs + script + u"\" is not registered"_qs}, {u"note & "_qs + script})});
    r.electionName = script;
    audit::AuditReportInfo info = infoFor();
    info.recordFileName = u"<img src=x onerror=alert(1)>.json"_qs;
    info.receipt = script;
    r.receipt.asked = true;
    r.receipt.found = true;
    r.receipt.signatureValid = true;
    r.receipt.kioskId = script;
    const QString html = audit::auditReportHtml(r, info);
    QVERIFY(!html.contains(u"<script"_qs));
    QVERIFY(!html.contains(u"<img"_qs));
    QVERIFY(!html.contains(u"<b>names"_qs));
    QVERIFY(html.contains(u"&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"_qs));
    QVERIFY(html.contains(u"Kiosk &lt;b&gt;names&lt;/b&gt; &amp; more"_qs));
    QVERIFY(html.contains(u"&lt;img src=x onerror=alert(1)&gt;.json"_qs));
    QVERIFY2(nestingProblem(html).isEmpty(), qPrintable(nestingProblem(html)));
}

void TestAuditReport::wellFormedHtml5()
{
    const auto r = reportWith({check(u"A"_qs, u"a"_qs, u"PASS"_qs, {}, {u"n"_qs}),
        check(u"B"_qs, u"b"_qs, u"FAIL"_qs, {u"p"_qs}, {u"n"_qs})});
    const QString html = audit::auditReportHtml(r, infoFor());
    QVERIFY2(nestingProblem(html).isEmpty(), qPrintable(nestingProblem(html)));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_qs));
    QVERIFY(html.contains(u"<html lang=\"en\">"_qs));
    QVERIFY(html.contains(u"<title>Audit of the election record of Riverton Budget 2026</title>"_qs));
    QVERIFY(html.contains(u"@media print"_qs));
    QVERIFY(html.contains(u"SHA-256 of the file"_qs));
    QVERIFY(html.contains(QString(64, u'a')));
    QVERIFY(html.contains(u"pbvote \u20689.9.9\u2069"_qs));
    // The checker itself notices a misnested page.
    QVERIFY(!nestingProblem(u"<!DOCTYPE html><html><p><b></p></b></html>"_qs).isEmpty());
}

void TestAuditReport::rightToLeftInArabic()
{
    const auto r = reportWith({check(u"A"_qs, u"a"_qs, u"PASS"_qs)});
    const QString arabic = audit::auditReportHtml(r, infoFor(QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates)));
    QVERIFY(arabic.contains(u"<html lang=\"ar"_qs));
    QVERIFY(arabic.contains(u"dir=\"rtl\""_qs));
    const QString english = audit::auditReportHtml(r, infoFor());
    QVERIFY(!english.contains(u"dir=\"rtl\""_qs));
    // Browsers mirror the tables themselves: label first, no alignment attributes.
    QVERIFY(arabic.contains(u"<tr><th scope=\"row\">"_qs));
    QVERIFY(!arabic.contains(u" align="_qs));
    // Qt's rich text (the PDF) does not: the cells come in reverse, aligned right.
    const QString richArabic = audit::auditReportHtml(
        r, infoFor(QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates)), audit::ReportFlavour::QtRichText);
    QVERIFY(richArabic.contains(u"<tr><td align=\"right\">"_qs));
    QVERIFY(richArabic.contains(u"</td><th scope=\"row\" align=\"right\">"_qs));
    QVERIFY(richArabic.contains(u"<td dir=\"auto\" align=\"right\">a</td><td align=\"right\"><code>A</code></td>"
                                u"<td class=\"status pass\" align=\"right\">"_qs));
    const QString richEnglish = audit::auditReportHtml(r, infoFor(), audit::ReportFlavour::QtRichText);
    QVERIFY(richEnglish.contains(u"<tr><th scope=\"row\" align=\"left\">"_qs));
    QVERIFY2(nestingProblem(richArabic).isEmpty(), qPrintable(nestingProblem(richArabic)));
}

void TestAuditReport::receiptAnswer()
{
    auto r = reportWith({check(u"A"_qs, u"a"_qs, u"PASS"_qs)});
    audit::AuditReportInfo info = infoFor();
    QVERIFY(!audit::auditReportHtml(r, info).contains(u"The voter's receipt"_qs));
    info.receipt = u"GPEK-A7LW-KIAX-PLS4"_qs;
    r.receipt.asked = true;
    QVERIFY(audit::auditReportHtml(r, info).contains(u"is NOT in this record"_qs));
    r.receipt.found = true;
    r.receipt.signatureValid = true;
    r.receipt.counted = true;
    r.receipt.kioskId = u"LIB-01"_qs;
    r.receipt.batch = 2;
    r.receipt.index = 4;
    r.receipt.ballotId = u"0a0b0c"_qs;
    const QString html = audit::auditReportHtml(r, info);
    QVERIFY(html.contains(u"is in the record: ballot \u20680a0b0c\u2069"_qs));
    QVERIFY(html.contains(u"\u2068LIB-01\u2069, batch 2"_qs));
    QVERIFY(html.contains(u"It is counted in the result."_qs));
}

void TestAuditReport::genuineRecordReport()
{
    audit::VerifyOptions options;
    options.authorityFingerprint = m_g.fingerprint;
    options.witnessCodes = m_g.witnesses;
    options.receipt = m_g.receipts.first();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const audit::VerifyReport report = audit::verifyRecordFile(m_g.path, options);
    QVERIFY2(report.ok(), qPrintable(report.toText()));
    const audit::AuditReportInfo info = audit::auditReportInfo(m_g.path, options, at);
    QCOMPARE(info.recordFileName, u"record.json"_qs);
    QCOMPARE(info.recordSize, qint64(m_g.bytes.size()));
    QCOMPARE(info.recordSha256,
        QString::fromLatin1(QCryptographicHash::hash(m_g.bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(info.witnessCodes, int(m_g.witnesses.size()));
    QCOMPARE(info.authorityFingerprint, m_g.fingerprint);
    QCOMPARE(info.receipt, m_g.receipts.first());
    QVERIFY(!info.electionKeyUsed);
    QCOMPARE(info.verifiedAt, at);

    const QString html = audit::auditReportHtml(report, info);
    QVERIFY2(nestingProblem(html).isEmpty(), qPrintable(nestingProblem(html)));
    // Every check is in, whatever the verifier's list is today.
    for (const audit::CheckResult &c : report.checks) {
        QVERIFY2(html.contains(u"<code>"_qs + c.id + u"</code>"_qs), qPrintable(c.id));
        QVERIFY(html.contains(c.title.toHtmlEscaped()));
    }
    QVERIFY(html.contains(u"Test round"_qs));
    QVERIFY(html.contains(info.recordSha256));
    QVERIFY(html.contains(u"It is counted in the result."_qs));
    // The verdict as the verifier's findings say (the genuine record passes; a warning
    // would be in the headline too), and the reader is told what was not done: the
    // election key was not given.
    QVERIFY(audit::verdictHeadline(report).startsWith(u"The published result matches the ballots"_qs));
    QVERIFY(html.contains(audit::verdictHeadline(report)));
    QVERIFY(html.contains(u"The election key was not used"_qs));
    QCOMPARE(report.check(u"ELECTION_KEY"_qs)->status(), u"SKIP"_qs);
    QVERIFY(html.contains(u"<td class=\"status skip\">Not run</td><td><code>ELECTION_KEY</code>"_qs));

    // A file that cannot be read: the report still says which, and that it failed.
    const QString missing = m_dir.filePath(u"missing.json"_qs);
    const audit::VerifyReport none = audit::verifyRecordFile(missing, {});
    const audit::AuditReportInfo noInfo = audit::auditReportInfo(missing, {}, at);
    QCOMPARE(noInfo.recordSize, qint64(-1));
    QVERIFY(noInfo.recordSha256.isEmpty());
    const QString failed = audit::auditReportHtml(none, noInfo);
    QVERIFY(failed.contains(u"Verification FAILED"_qs));
    QVERIFY(failed.contains(u"unknown (the file could not be read)"_qs));
    QVERIFY(failed.contains(u"missing.json does not exist"_qs));
}

void TestAuditReport::witnessCodesFromALog()
{
    const QString log = u"# paper log, Central Library\nABCD-EFGH 12:05 three ballots\n\n  IJKL-MNOP\t(closing)\r\n"
                        u"QRST-UVWX\n"_qs;
    QCOMPARE(audit::witnessCodesFromText(log), (QStringList {u"ABCD-EFGH"_qs, u"IJKL-MNOP"_qs, u"QRST-UVWX"_qs}));
    QVERIFY(audit::witnessCodesFromText(u"\n# nothing\n   \n"_qs).isEmpty());
}

void TestAuditReport::cliWritesHtml()
{
    const auto run = [](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(PBVOTE_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            p.kill();
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const auto read = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };

    const QString html = m_dir.filePath(u"report.html"_qs);
    auto [code, out] = run({u"verify"_qs, m_g.path, u"--authority"_qs, m_g.fingerprint, u"--html"_qs, html});
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY(out.contains(u"Verdict: PASSED"_qs)); // the text report is printed as before
    const QString page = read(html);
    QVERIFY(page.startsWith(u"<!DOCTYPE html>"_qs));
    QVERIFY(page.contains(u"<p class=\"headline\">\u2714 The published result matches the ballots"_qs));
    QVERIFY(page.contains(u"The authority's key was compared with the fingerprint you gave"_qs));
    QVERIFY(
        page.contains(QString::fromLatin1(QCryptographicHash::hash(m_g.bytes, QCryptographicHash::Sha256).toHex())));

    // Tampered: exit status 1 as without --html, and the page says FAILED and names the ballot.
    QString ballotId;
    const QByteArray tampered = testsupport::withBallotSignatureAltered(m_g.bytes, 1, &ballotId);
    QVERIFY(!tampered.isEmpty());
    const QString tamperedPath = m_dir.filePath(u"tampered.json"_qs);
    {
        QFile f(tamperedPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tampered);
    }
    const QString failedHtml = m_dir.filePath(u"failed.html"_qs);
    std::tie(code, out) = run({u"verify"_qs, tamperedPath, u"--json"_qs, u"--html"_qs, failedHtml});
    QCOMPARE(code, 1);
    const QString failedPage = read(failedHtml);
    QVERIFY(failedPage.contains(u"Verification FAILED"_qs));
    QVERIFY(failedPage.contains(u"ballots[1], id "_qs + ballotId));
    QVERIFY(failedPage.contains(u"The authority's key was NOT compared with a published fingerprint"_qs));
}

void TestAuditReport::cliHtmlUnwritable()
{
    QProcess p;
    const QString bad = m_dir.filePath(u"no-such-folder/report.html"_qs);
    p.start(QStringLiteral(PBVOTE_CLI_PATH), {u"verify"_qs, m_g.path, u"--html"_qs, bad});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"Cannot write the audit report"_qs));
    QVERIFY(!QFile::exists(bad));
}

QTEST_GUILESS_MAIN(TestAuditReport)
#include "TestAuditReport.moc"
