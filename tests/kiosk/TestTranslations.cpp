// The kiosk's translations (translations/pbvote_<lang>.ts, built into the kiosk as
// :/i18n/pbvote_<lang>.qm): every message translated, placeholders kept, the right
// number of plural forms for each language, the same messages in every file; and at
// run time the kiosk switches to each language and really shows it.
#include "LanguageManager.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

using pbvote::kiosk::LanguageManager;

namespace {

// Plural forms per language, as Qt counts them (Qt Linguist's numerus rules):
// English and Spanish: n == 1 | other; Polish: 1 | 2-4 (not 12-14) | other;
// Vietnamese: one form; Arabic: 0 | 1 | 2 | 3-10 | 11-99 | other.
int expectedNumerusForms(const QString &language)
{
    static const QHash<QString, int> forms
        = {{u"en"_qs, 2}, {u"es"_qs, 2}, {u"pl"_qs, 3}, {u"vi"_qs, 1}, {u"ar"_qs, 6}};
    return forms.value(language, -1);
}

// Plural forms that stand for exactly one number (the "1" of English, Spanish and
// Polish; Arabic's 0, 1 and 2). A translation may say the number in words there
// ("one project", Arabic's dual "مشروعان") instead of writing %n; every other form
// must keep %n.
QSet<int> singleNumberForms(const QString &language)
{
    if (language == u"ar"_qs)
        return {0, 1, 2};
    if (language == u"vi"_qs)
        return {};
    return {0};
}

struct Message
{
    QString context;
    QString source;
    QString comment; // disambiguation
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QString translation;
    QStringList forms;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString label() const
    {
        return u"[%1] \"%2\""_qs.arg(context, source.size() > 80 ? source.left(77) + u"..."_qs : source);
    }
    bool dead() const { return type == u"vanished"_qs || type == u"obsolete"_qs; }
};

struct TsFile
{
    QString path;
    QString language; // the TS element's language attribute, e.g. "es_ES"
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &language)
{
    TsFile ts;
    ts.path = QStringLiteral(PBVOTE_SOURCE_DIR "/translations/pbvote_%1.ts").arg(language);
    QFile f(ts.path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = ts.path + u": "_qs + f.errorString();
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS") {
            ts.language = xml.attributes().value(u"language"_qs).toString();
        } else if (xml.name() == u"context") {
            context.clear();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(u"numerus"_qs) == u"yes";
            while (!(xml.isEndElement() && xml.name() == u"message") && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    m.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(u"type"_qs).toString();
                    if (m.numerus) {
                        while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                            xml.readNext();
                            if (xml.isStartElement() && xml.name() == u"numerusform")
                                m.forms << xml.readElementText();
                        }
                    } else {
                        m.translation = xml.readElementText();
                    }
                }
            }
            ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_qs.arg(ts.path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// %1..%99, %L1, %n and %Ln, as QString::arg and tr(…, n) read them.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(n|[1-9][0-9]?)"_qs);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = u'%' + it.next().captured(1);
        if (!out.contains(p))
            out << p;
    }
    out.sort();
    return out;
}

QString firstOf(const QStringList &list, int n = 5)
{
    QStringList shown = list.mid(0, n);
    QString out = shown.join(u"; "_qs);
    if (list.size() > n)
        out += u"; ... (%1 more)"_qs.arg(list.size() - n);
    return out;
}

// A message every language must translate, and how to recognise it at run time.
struct Known
{
    const char *context;
    const char *source;
};
constexpr Known KnownStrings[] = {
    {"WelcomePage", "Start voting"},
    {"ReviewPage", "Cast my vote"},
    {"pbvote::kiosk::Theme", "Black on white"},
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void fileParses_data() { languages(); }
    void fileParses();
    void everyMessageIsTranslated_data() { languages(); }
    void everyMessageIsTranslated();
    void placeholdersAreKept_data() { languages(); }
    void placeholdersAreKept();
    void numerusFormsFitTheLanguage_data() { languages(); }
    void numerusFormsFitTheLanguage();
    void sameMessagesAsEnglish_data() { languages(); }
    void sameMessagesAsEnglish();
    void kioskSwitchesLanguage_data() { languages(); }
    void kioskSwitchesLanguage();
    void englishPluralsRead();
    void unknownLanguageIsRefused();

private:
    void languages();
};

void TestTranslations::initTestCase()
{
    QCOMPARE(LanguageManager::shipped().size(), size_t(5));
}

void TestTranslations::languages()
{
    QTest::addColumn<QString>("language");
    for (const auto &l : LanguageManager::shipped())
        QTest::newRow(qPrintable(l.code)) << l.code;
}

void TestTranslations::fileParses()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(language);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.language == language || ts.language.startsWith(language + u'_'),
        qPrintable(u"%1 says language=\"%2\""_qs.arg(ts.path, ts.language)));
    QVERIFY2(ts.messages.size() > 100, qPrintable(u"%1 has only %2 messages"_qs.arg(ts.path).arg(ts.messages.size())));
    for (const Message &m : ts.messages) {
        QVERIFY2(!m.context.isEmpty(), qPrintable(m.label()));
        QVERIFY2(!m.source.isEmpty(), qPrintable(m.label()));
    }
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(language);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList unfinished, empty;
    int live = 0;
    for (const Message &m : ts.messages) {
        if (m.dead())
            continue;
        ++live;
        const bool isEmpty = m.numerus ? (m.forms.isEmpty()
                                 || std::any_of(m.forms.cbegin(), m.forms.cend(),
                                     [](const QString &f) { return f.trimmed().isEmpty(); }))
                                       : m.translation.trimmed().isEmpty();
        // English is the source language: a plain message left empty shows the source
        // as written. Its plural messages must be done ("1 project", "2 projects").
        if (language == u"en"_qs && !m.numerus && isEmpty && m.type == u"unfinished"_qs)
            continue;
        if (m.type == u"unfinished"_qs)
            unfinished << m.label();
        else if (isEmpty)
            empty << m.label();
    }
    QVERIFY(live > 0);
    QVERIFY2(unfinished.isEmpty(),
        qPrintable(u"pbvote_%1.ts: %2 of %3 messages unfinished; first: %4"_qs.arg(language)
                       .arg(unfinished.size())
                       .arg(live)
                       .arg(firstOf(unfinished))));
    QVERIFY2(empty.isEmpty(),
        qPrintable(u"pbvote_%1.ts: %2 messages finished but empty; first: %3"_qs.arg(language)
                       .arg(empty.size())
                       .arg(firstOf(empty))));
}

void TestTranslations::placeholdersAreKept()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(language);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const QSet<int> single = singleNumberForms(language);
    QStringList problems;
    int checked = 0;
    for (const Message &m : ts.messages) {
        if (m.dead())
            continue;
        const QStringList wanted = placeholders(m.source);
        QStringList texts = m.numerus ? m.forms : QStringList {m.translation};
        for (int i = 0; i < texts.size(); ++i) {
            const QString &t = texts[i];
            if (t.trimmed().isEmpty())
                continue; // not translated yet: everyMessageIsTranslated reports it
            ++checked;
            const QStringList got = placeholders(t);
            const QString where = m.numerus ? u"%1 form %2"_qs.arg(m.label()).arg(i) : m.label();
            for (const QString &p : wanted) {
                if (got.contains(p))
                    continue;
                if (p == u"%n"_qs && m.numerus && single.contains(i))
                    continue;
                problems << u"%1 lacks %2 in \"%3\""_qs.arg(where, p, t);
            }
            for (const QString &p : got) {
                if (!wanted.contains(p))
                    problems << u"%1 adds %2, which the source does not have, in \"%3\""_qs.arg(where, p, t);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"pbvote_%1.ts: "_qs.arg(language) + firstOf(problems, 20)));
    if (checked == 0)
        qWarning("pbvote_%s.ts: no translated text to check placeholders in yet", qPrintable(language));
}

void TestTranslations::numerusFormsFitTheLanguage()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(language);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const int expected = expectedNumerusForms(language);
    QVERIFY(expected > 0);
    QStringList problems;
    int numerus = 0;
    for (const Message &m : ts.messages) {
        if (m.dead())
            continue;
        if (!m.numerus) {
            if (m.source.contains(u"%n"_qs))
                problems << m.label() + u" uses %n but is not a plural message"_qs;
            continue;
        }
        ++numerus;
        if (m.forms.size() != expected)
            problems << u"%1 has %2 plural forms, %3 needs %4"_qs.arg(m.label())
                            .arg(m.forms.size())
                            .arg(language)
                            .arg(expected);
    }
    QVERIFY2(numerus > 0, "no plural messages at all");
    QVERIFY2(problems.isEmpty(), qPrintable(u"pbvote_%1.ts: "_qs.arg(language) + firstOf(problems, 20)));
}

void TestTranslations::sameMessagesAsEnglish()
{
    QFETCH(QString, language);
    const TsFile en = readTs(u"en"_qs);
    const TsFile ts = readTs(language);
    QVERIFY2(en.error.isEmpty(), qPrintable(en.error));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QHash<QString, const Message *> english, here;
    for (const Message &m : en.messages) {
        if (!m.dead())
            english.insert(m.key(), &m);
    }
    QStringList duplicates;
    for (const Message &m : ts.messages) {
        if (m.dead())
            continue;
        if (here.contains(m.key()))
            duplicates << m.label();
        here.insert(m.key(), &m);
    }
    QStringList missing, extra;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (!here.contains(it.key()))
            missing << it.value()->label();
    }
    for (auto it = here.cbegin(); it != here.cend(); ++it) {
        if (!english.contains(it.key()))
            extra << it.value()->label();
        else if (english.value(it.key())->numerus != it.value()->numerus)
            extra << it.value()->label() + u" (plural in one file, not in the other)"_qs;
    }
    missing.sort();
    extra.sort();
    QVERIFY2(duplicates.isEmpty(), qPrintable(u"pbvote_%1.ts repeats: "_qs.arg(language) + firstOf(duplicates)));
    QVERIFY2(missing.isEmpty(),
        qPrintable(
            u"pbvote_%1.ts lacks %2 messages of pbvote_en.ts (run lupdate): "_qs.arg(language).arg(missing.size())
            + firstOf(missing)));
    QVERIFY2(extra.isEmpty(),
        qPrintable(u"pbvote_%1.ts has %2 messages pbvote_en.ts does not: "_qs.arg(language).arg(extra.size())
            + firstOf(extra)));
}

void TestTranslations::kioskSwitchesLanguage()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(language);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));

    LanguageManager manager(u"en"_qs);
    QCOMPARE(manager.current(), u"en"_qs);
    QVERIFY2(manager.setLanguage(language),
        qPrintable(u"setLanguage(\"%1\") failed: no :/i18n/pbvote_%1.qm"_qs.arg(language)));
    QCOMPARE(manager.current(), language);
    const bool rtl = language == u"ar"_qs;
    QCOMPARE(manager.rightToLeft(), rtl);
    QCOMPARE(QGuiApplication::layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
    QCOMPARE(QLocale().language(), QLocale(language).language());

    QStringList problems;
    for (const Known &known : KnownStrings) {
        const QString context = QString::fromLatin1(known.context);
        const QString source = QString::fromUtf8(known.source);
        const auto it = std::find_if(ts.messages.cbegin(), ts.messages.cend(),
            [&](const Message &m) { return m.context == context && m.source == source && !m.dead(); });
        if (it == ts.messages.cend()) {
            problems << u"[%1] \"%2\" is not in %3 (renamed? pick another known string)"_qs.arg(
                context, source, ts.path);
            continue;
        }
        const QString shown = QCoreApplication::translate(known.context, known.source);
        if (language == u"en"_qs) {
            if (shown != source)
                problems << u"[%1] \"%2\" reads \"%3\" in English"_qs.arg(context, source, shown);
            continue;
        }
        if (shown == source)
            problems << u"[%1] \"%2\" is still English in %3 (translation in the .ts: \"%4\"%5)"_qs.arg(context, source,
                language, it->translation, it->type.isEmpty() ? QString() : u", type %1"_qs.arg(it->type));
        else if (!it->translation.isEmpty() && shown != it->translation)
            problems << u"[%1] \"%2\" reads \"%3\" but the .ts says \"%4\" (rebuild the kiosk)"_qs.arg(
                context, source, shown, it->translation);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_qs)));

    // Back to the default for the next voter.
    manager.reset();
    QCOMPARE(manager.current(), u"en"_qs);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(QCoreApplication::translate("WelcomePage", "Start voting"), u"Start voting"_qs);
}

// The English file's job: "%n project(s)" reads "1 project" and "2 projects".
void TestTranslations::englishPluralsRead()
{
    LanguageManager manager(u"en"_qs);
    QCOMPARE(manager.current(), u"en"_qs);
    const char *context = "pbvote::kiosk::KioskSession";
    const char *source = "%n project(s) chosen";
    const TsFile en = readTs(u"en"_qs);
    QVERIFY(std::any_of(en.messages.cbegin(), en.messages.cend(), [&](const Message &m) {
        return m.context == QLatin1String(context) && m.source == QLatin1String(source) && m.numerus;
    }));
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1), u"1 project chosen"_qs);
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 2), u"2 projects chosen"_qs);
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 0), u"0 projects chosen"_qs);
}

void TestTranslations::unknownLanguageIsRefused()
{
    LanguageManager manager(u"en"_qs);
    QVERIFY(!manager.setLanguage(u"xx"_qs));
    QVERIFY(!manager.setLanguage(QString()));
    QCOMPARE(manager.current(), u"en"_qs);
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestTranslations.moc"
