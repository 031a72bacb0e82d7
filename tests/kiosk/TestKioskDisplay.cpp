// The kiosk's display settings against VVSG 2.0 chapter 7 (docs/kiosk.md,
// /work/shared/design/INTEGRITY.md (e)):
//  7.1-C/D  every text colour on its background has the contrast its mode asks for;
//  7.1-G/H/J capital letters of the default text are at least 4.8 mm tall at the
//           screen's density, each selectable size falls in its VVSG range, and the
//           font is sans-serif with glyphs for every shipped language;
//  touch targets are at least 9 mm at every text size;
//  7.1-A/B  reset() brings back the defaults (for the next voter, or when asked).
#include "AudioGuide.h"
#include "LanguageManager.h"
#include "Theme.h"

#include "crypto/Crypto.h"

#include <QDirIterator>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainterPath>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRawFont>
#include <QSGRendererInterface>
#include <QSet>
#include <QSignalSpy>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>

using pbvote::kiosk::Theme;

Q_DECLARE_METATYPE(Theme::Contrast)

namespace {

// VVSG 2.0 7.1-G: the four ranges of capital-letter height, millimetres.
struct CapRange
{
    double low, high;
};
constexpr CapRange VvsgCapRanges[] = {{3.5, 4.2}, {4.8, 5.6}, {6.4, 7.1}, {8.5, 9.0}};

QString colourName(const QColor &c)
{
    return c.name(QColor::HexRgb).toUpper();
}

QFont themeFont(const Theme &theme)
{
    QFont f(theme.fontFamily());
    f.setPixelSize(theme.fontSize());
    return f;
}

// Characters used by the shipped translations (sources and translations of every .ts).
QString translationCharacters(const QString &language, QString *error)
{
    QFile f(QStringLiteral(PBVOTE_SOURCE_DIR "/translations/pbvote_%1.ts").arg(language));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.fileName() + u": "_qs + f.errorString();
        return {};
    }
    QXmlStreamReader xml(&f);
    QString all;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
            all += xml.text();
    }
    if (xml.hasError())
        *error = f.fileName() + u": "_qs + xml.errorString();
    return all;
}

} // namespace

class TestKioskDisplay : public QObject
{
    Q_OBJECT

private slots:
    void vvsgContrastRequirements_data();
    void vvsgContrastRequirements();
    void everyTextPairHasEnoughContrast_data();
    void everyTextPairHasEnoughContrast();
    void highContrastModesUseTheirColours();
    void contrastRatioKnownValues();

    void defaultCapHeightIsAtLeast48mm_data();
    void defaultCapHeightIsAtLeast48mm();
    void everyTextSizeIsInItsVvsgRange_data();
    void everyTextSizeIsInItsVvsgRange();
    void textSizesAreOrderedAndDistinct();

    void fontIsInstalledAndSansSerif();
    void fontHasGlyphsForEveryShippedLanguage_data();
    void fontHasGlyphsForEveryShippedLanguage();
    void fontCoversEveryTranslation_data();
    void fontCoversEveryTranslation();

    void touchTargetsAreAtLeast9mm_data();
    void touchTargetsAreAtLeast9mm();
    void pixelsAndMillimetres();

    void resetRestoresDefaults();
    void audioDegradesCleanly();
    void resetWhenOnlyContrastChanged();
    void settersClampAndNotify();
};

// 7.1-C/D: the thresholds themselves (so lowering one in Theme fails here).
void TestKioskDisplay::vvsgContrastRequirements_data()
{
    QTest::addColumn<Theme::Contrast>("mode");
    QTest::addColumn<double>("vvsg");
    QTest::newRow("standard") << Theme::Standard << 10.0;
    QTest::newRow("black on white") << Theme::BlackOnWhite << 20.0;
    QTest::newRow("white on black") << Theme::WhiteOnBlack << 18.0;
    QTest::newRow("yellow on black") << Theme::YellowOnBlack << 17.5;
    QTest::newRow("cyan on black") << Theme::CyanOnBlack << 15.0;
}

void TestKioskDisplay::vvsgContrastRequirements()
{
    QFETCH(Theme::Contrast, mode);
    QFETCH(double, vvsg);
    QVERIFY2(Theme::requiredContrast(mode) >= vvsg,
        qPrintable(u"requiredContrast(%1) is %2, VVSG 2.0 7.1-C/D asks for %3"_qs.arg(int(mode))
                       .arg(Theme::requiredContrast(mode))
                       .arg(vvsg)));
}

void TestKioskDisplay::everyTextPairHasEnoughContrast_data()
{
    QTest::addColumn<Theme::Contrast>("mode");
    QCOMPARE(int(Theme::ContrastCount), 5);
    const char *names[] = {"standard", "black on white", "white on black", "yellow on black", "cyan on black"};
    for (int m = 0; m < Theme::ContrastCount; ++m)
        QTest::newRow(names[m]) << Theme::Contrast(m);
}

void TestKioskDisplay::everyTextPairHasEnoughContrast()
{
    QFETCH(Theme::Contrast, mode);
    const Theme::Palette p = Theme::palette(mode);
    const auto pairs = p.textPairs();
    QVERIFY(pairs.size() >= 9);
    // Every text colour the kiosk draws appears in a pair (text, muted, on accent,
    // on chosen, on notice, error).
    QSet<QRgb> foregrounds;
    for (const auto &pair : pairs)
        foregrounds.insert(pair.foreground.rgb());
    for (const QColor &ink : {p.text, p.mutedText, p.onAccent, p.onChosen, p.onNotice, p.error})
        QVERIFY2(foregrounds.contains(ink.rgb()), qPrintable(colourName(ink) + u" is never checked"_qs));

    const double required = Theme::requiredContrast(mode);
    QStringList failures;
    for (const auto &pair : pairs) {
        QCOMPARE(pair.foreground.alpha(), 255);
        QCOMPARE(pair.background.alpha(), 255);
        const double ratio = Theme::contrastRatio(pair.foreground, pair.background);
        if (ratio < required) {
            failures << u"%1: %2 on %3 is %4:1, needs %5:1"_qs
                            .arg(QString::fromLatin1(pair.what), colourName(pair.foreground),
                                colourName(pair.background))
                            .arg(ratio, 0, 'f', 2)
                            .arg(required);
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_qs)));
    // The palette the Theme object exposes is the same as palette(mode).
    Theme theme(96, false);
    theme.setContrast(mode);
    QCOMPARE(theme.text(), p.text);
    QCOMPARE(theme.background(), p.background);
    QCOMPARE(theme.onAccent(), p.onAccent);
    QCOMPARE(theme.accent(), p.accent);
    QCOMPARE(theme.mutedText(), p.mutedText);
    QCOMPARE(theme.error(), p.error);
}

void TestKioskDisplay::highContrastModesUseTheirColours()
{
    // The modes are what their names say (VVSG lists them by these colours).
    const QColor white(Qt::white), black(Qt::black);
    QCOMPARE(Theme::palette(Theme::BlackOnWhite).background, white);
    QCOMPARE(Theme::palette(Theme::BlackOnWhite).text, black);
    QCOMPARE(Theme::palette(Theme::WhiteOnBlack).background, black);
    QCOMPARE(Theme::palette(Theme::WhiteOnBlack).text, white);
    QCOMPARE(Theme::palette(Theme::YellowOnBlack).background, black);
    QCOMPARE(Theme::palette(Theme::YellowOnBlack).text, QColor(0xFF, 0xFF, 0x00));
    QCOMPARE(Theme::palette(Theme::CyanOnBlack).background, black);
    QCOMPARE(Theme::palette(Theme::CyanOnBlack).text, QColor(0x00, 0xFF, 0xFF));
}

void TestKioskDisplay::contrastRatioKnownValues()
{
    const QColor black(Qt::black), white(Qt::white);
    QVERIFY(qAbs(Theme::contrastRatio(black, white) - 21.0) < 1e-9);
    QVERIFY(qAbs(Theme::contrastRatio(white, black) - 21.0) < 1e-9); // symmetric
    for (const QColor &c : {black, white, QColor(0x77, 0x77, 0x77), QColor(0x12, 0x34, 0x56)})
        QVERIFY(qAbs(Theme::contrastRatio(c, c) - 1.0) < 1e-9);
    // WCAG 2 examples: #777777 on white 4.48:1 (just under AA), #767676 on white 4.54:1,
    // pure red on white 4.00:1, pure blue on white 8.59:1.
    auto near = [](double value, double expected) { return qAbs(value - expected) < 0.006; };
    QVERIFY2(near(Theme::contrastRatio(QColor(0x77, 0x77, 0x77), white), 4.48),
        qPrintable(QString::number(Theme::contrastRatio(QColor(0x77, 0x77, 0x77), white))));
    QVERIFY2(near(Theme::contrastRatio(QColor(0x76, 0x76, 0x76), white), 4.54),
        qPrintable(QString::number(Theme::contrastRatio(QColor(0x76, 0x76, 0x76), white))));
    QVERIFY2(near(Theme::contrastRatio(QColor(0xFF, 0x00, 0x00), white), 4.00),
        qPrintable(QString::number(Theme::contrastRatio(QColor(0xFF, 0x00, 0x00), white))));
    QVERIFY2(near(Theme::contrastRatio(QColor(0x00, 0x00, 0xFF), white), 8.59),
        qPrintable(QString::number(Theme::contrastRatio(QColor(0x00, 0x00, 0xFF), white))));
    // The sRGB linear segment (channel <= 0.04045): #0A0A0A on black. (QColor's
    // redF() is a float, hence the tolerance.)
    const double c = 10.0 / 255.0 / 12.92;
    QVERIFY2(qAbs(Theme::contrastRatio(QColor(0x0A, 0x0A, 0x0A), black) - (c + 0.05) / 0.05) < 1e-6,
        qPrintable(QString::number(Theme::contrastRatio(QColor(0x0A, 0x0A, 0x0A), black), 'g', 12)));
    // Just above the threshold (0x0B = 0.0431 > 0.04045) the power curve applies.
    const double c11 = std::pow((11.0 / 255.0 + 0.055) / 1.055, 2.4);
    QVERIFY(qAbs(Theme::contrastRatio(QColor(0x0B, 0x0B, 0x0B), black) - (c11 + 0.05) / 0.05) < 1e-6);
}

// 7.1-G: the default size is at least 4.8 mm (capital letters) at the screen's density.
void TestKioskDisplay::defaultCapHeightIsAtLeast48mm_data()
{
    QTest::addColumn<double>("dpi");
    QTest::newRow("96 dpi") << 96.0;
    QTest::newRow("120 dpi") << 120.0;
    QTest::newRow("160 dpi") << 160.0;
}

void TestKioskDisplay::defaultCapHeightIsAtLeast48mm()
{
    QFETCH(double, dpi);
    Theme theme(dpi, false);
    QCOMPARE(theme.textSize(), int(Theme::DefaultTextSize));
    QCOMPARE(Theme::CapHeightsMm[Theme::DefaultTextSize], 4.8);
    const QFont font = themeFont(theme);
    QCOMPARE(QFontInfo(font).pixelSize(), theme.fontSize());
    const double capPx = QFontMetricsF(font).capHeight();
    const double capMm = capPx * 25.4 / dpi;
    QVERIFY2(capMm >= 4.8 && capMm <= 5.6,
        qPrintable(u"at %1 dpi the default text (%2 px) has capitals %3 px = %4 mm tall; VVSG 7.1-G asks "
                   "for 4.8-5.6 mm"_qs.arg(dpi)
                       .arg(theme.fontSize())
                       .arg(capPx)
                       .arg(capMm, 0, 'f', 3)));
}

void TestKioskDisplay::everyTextSizeIsInItsVvsgRange_data()
{
    QTest::addColumn<double>("dpi");
    QTest::addColumn<int>("size");
    QCOMPARE(int(std::size(Theme::CapHeightsMm)), 4);
    for (double dpi : {96.0, 120.0, 160.0}) {
        for (int size = 0; size < 4; ++size)
            QTest::addRow("%g dpi, size %d", dpi, size) << dpi << size;
    }
}

void TestKioskDisplay::everyTextSizeIsInItsVvsgRange()
{
    QFETCH(double, dpi);
    QFETCH(int, size);
    Theme theme(dpi, false);
    theme.setTextSize(size);
    QCOMPARE(theme.textSize(), size);
    const CapRange range = VvsgCapRanges[size];
    QVERIFY(Theme::CapHeightsMm[size] >= range.low && Theme::CapHeightsMm[size] <= range.high);

    const QFont font = themeFont(theme);
    QCOMPARE(QFontInfo(font).pixelSize(), theme.fontSize());
    // What QFontMetrics reports: the cap height as the text is drawn (hinted), and the
    // outline of a capital I (VVSG measures "the height of capital I").
    const double capPx = QFontMetricsF(font).capHeight();
    const double capMm = capPx * 25.4 / dpi;
    const QRawFont raw = QRawFont::fromFont(font);
    QVERIFY(raw.isValid());
    const QList<quint32> glyphs = raw.glyphIndexesForString(u"I"_qs);
    QCOMPARE(glyphs.size(), 1);
    const double outlinePx = raw.pathForGlyph(glyphs.first()).boundingRect().height();
    const double outlineMm = outlinePx * 25.4 / dpi;
    const QString facts
        = u"%1 (%2 px at %3 dpi): capitals %4 px = %5 mm as drawn (QFontMetricsF::capHeight), "
          "outline of I %6 px = %7 mm; VVSG 7.1-G range %8-%9 mm"_qs.arg(theme.textSizeNames().value(size))
              .arg(theme.fontSize())
              .arg(dpi)
              .arg(capPx)
              .arg(capMm, 0, 'f', 3)
              .arg(outlinePx, 0, 'f', 2)
              .arg(outlineMm, 0, 'f', 3)
              .arg(range.low)
              .arg(range.high);
    QVERIFY2(capMm >= range.low && capMm <= range.high, qPrintable(facts));
    QVERIFY2(outlineMm >= range.low && outlineMm <= range.high, qPrintable(facts));
}

void TestKioskDisplay::textSizesAreOrderedAndDistinct()
{
    Theme theme(96, false);
    int previous = 0;
    for (int size = 0; size < 4; ++size) {
        theme.setTextSize(size);
        QVERIFY(theme.fontSize() > previous);
        QVERIFY(theme.headingSize() > theme.fontSize());
        QVERIFY(theme.titleSize() > theme.headingSize());
        previous = theme.fontSize();
    }
    QCOMPARE(theme.textSizeNames().size(), 4);
    QCOMPARE(theme.contrastNames().size(), int(Theme::ContrastCount));
}

// 7.1-J: sans-serif, really installed (not a silent substitute).
void TestKioskDisplay::fontIsInstalledAndSansSerif()
{
    Theme theme(96, false);
    const QString family = theme.fontFamily();
    QVERIFY(!family.isEmpty());
    QVERIFY2(QFontDatabase::families().contains(family),
        qPrintable(family + u" is not installed; the kiosk would show a substitute"_qs));
    const QFont font = themeFont(theme);
    const QFontInfo info(font);
    QVERIFY2(info.family() == family, qPrintable(u"asked for %1, got %2"_qs.arg(family, info.family())));
    QVERIFY(!info.fixedPitch());
    QVERIFY(!info.italic());

    // Sans-serif by shape: a capital I without serifs is a plain rectangle (one closed
    // contour of four corners, filling its bounding box), whereas a serif I has feet.
    const QRawFont raw = QRawFont::fromFont(font);
    QVERIFY(raw.isValid());
    QCOMPARE(raw.familyName(), family);
    const QList<quint32> glyphs = raw.glyphIndexesForString(u"I"_qs);
    QCOMPARE(glyphs.size(), 1);
    const QPainterPath path = raw.pathForGlyph(glyphs.first());
    const QRectF box = path.boundingRect();
    QVERIFY(!box.isEmpty());
    int corners = 0;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        QVERIFY2(e.type != QPainterPath::CurveToElement, "the capital I has curves: not a sans-serif stem");
        ++corners;
    }
    QVERIFY2(corners <= 5, qPrintable(u"the capital I has %1 outline points: serifs?"_qs.arg(corners)));
    // Width is even top to bottom: a horizontal cut near the foot is as wide as the stem.
    const QPainterPath foot = path.intersected([&] {
        QPainterPath r;
        r.addRect(QRectF(box.left() - 1, box.bottom() - box.height() * 0.05, box.width() + 2, box.height() * 0.05));
        return r;
    }());
    const QPainterPath middle = path.intersected([&] {
        QPainterPath r;
        r.addRect(QRectF(box.left() - 1, box.center().y(), box.width() + 2, box.height() * 0.05));
        return r;
    }());
    QVERIFY(qAbs(foot.boundingRect().width() - middle.boundingRect().width()) < 0.5);

    // The same check tells a serif face apart (so the check itself can fail).
    QFont serif(u"DejaVu Serif"_qs);
    serif.setPixelSize(200);
    if (QFontInfo(serif).family() == u"DejaVu Serif"_qs) {
        const QRawFont rawSerif = QRawFont::fromFont(serif);
        const QPainterPath s = rawSerif.pathForGlyph(rawSerif.glyphIndexesForString(u"I"_qs).first());
        QVERIFY(s.elementCount() > 5);
    }
}

void TestKioskDisplay::fontHasGlyphsForEveryShippedLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Latin") << u"ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 €$£"_qs;
    QTest::newRow("Spanish") << u"Español ¿Cuál? ¡Sí! ñÑ áéíóúü"_qs;
    QTest::newRow("Vietnamese")
        << u"Tiếng Việt Đđ Ơơ Ưư ẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ ₫"_qs;
    QTest::newRow("Polish") << u"Polski ĄąĆćĘęŁłŃńÓóŚśŹźŻż zł"_qs;
    QTest::newRow("Arabic") << u"العربية ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءآأؤإئة ٠١٢٣٤٥٦٧٨٩ ، ؟"_qs;
    for (const auto &l : pbvote::kiosk::LanguageManager::shipped())
        QTest::addRow("native name %s", qPrintable(l.code)) << l.nativeName;
}

void TestKioskDisplay::fontHasGlyphsForEveryShippedLanguage()
{
    QFETCH(QString, text);
    Theme theme(96, false);
    const QRawFont raw = QRawFont::fromFont(themeFont(theme));
    QVERIFY(raw.isValid());
    QCOMPARE(raw.familyName(), theme.fontFamily()); // the primary font, no fallback
    QString missing;
    for (const QChar ch : text) {
        if (ch.isSpace())
            continue;
        if (!raw.supportsCharacter(ch))
            missing += ch;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"%1 has no glyph for: %2"_qs.arg(theme.fontFamily(), missing)));
    // And QFontMetrics agrees for the whole string.
    const QFontMetrics fm(themeFont(theme));
    QVERIFY(fm.inFontUcs4(text.at(0).unicode()));
}

// Every character a translator has written so far can be drawn in the kiosk font.
void TestKioskDisplay::fontCoversEveryTranslation_data()
{
    QTest::addColumn<QString>("language");
    for (const auto &l : pbvote::kiosk::LanguageManager::shipped())
        QTest::newRow(qPrintable(l.code)) << l.code;
}

void TestKioskDisplay::fontCoversEveryTranslation()
{
    QFETCH(QString, language);
    QString error;
    const QString all = translationCharacters(language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!all.isEmpty());
    Theme theme(96, false);
    const QRawFont raw = QRawFont::fromFont(themeFont(theme));
    QSet<uint> missing;
    for (const uint ucs4 : all.toUcs4()) {
        const QChar::Category cat = QChar::category(char32_t(ucs4));
        if (QChar::isSpace(char32_t(ucs4)) || cat == QChar::Other_Format || cat == QChar::Other_Control)
            continue; // bidi marks, ZWJ and the like are not drawn
        if (!raw.supportsCharacter(ucs4))
            missing.insert(ucs4);
    }
    QStringList names;
    for (uint u : missing)
        names << u"U+%1 '%2'"_qs.arg(u, 4, 16, QChar(u'0'))
                     .arg(QString::fromUcs4(reinterpret_cast<const char32_t *>(&u), 1));
    names.sort();
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"translations/pbvote_%1.ts uses characters %2 lacks: %3"_qs.arg(
            language, theme.fontFamily(), names.join(u", "_qs))));
}

void TestKioskDisplay::touchTargetsAreAtLeast9mm_data()
{
    QTest::addColumn<double>("dpi");
    for (double dpi : {72.0, 96.0, 120.0, 160.0, 220.0})
        QTest::addRow("%g dpi", dpi) << dpi;
}

void TestKioskDisplay::touchTargetsAreAtLeast9mm()
{
    QFETCH(double, dpi);
    Theme theme(dpi, false);
    for (int size = 0; size < 4; ++size) {
        theme.setTextSize(size);
        QVERIFY2(theme.targetSize() >= theme.pixels(Theme::MinTargetMm),
            qPrintable(u"size %1: target %2 px < 9 mm = %3 px"_qs.arg(size)
                           .arg(theme.targetSize())
                           .arg(theme.pixels(Theme::MinTargetMm))));
        QVERIFY(theme.millimetres(theme.targetSize()) >= 9.0);
    }
    QCOMPARE(Theme::MinTargetMm, 9.0);
}

void TestKioskDisplay::pixelsAndMillimetres()
{
    Theme theme(96, false);
    QCOMPARE(theme.pixels(25.4), 96);
    QCOMPARE(theme.pixels(9.0), 35); // 34.02 rounds up: never smaller than asked
    QVERIFY(qAbs(theme.millimetres(96) - 25.4) < 1e-9);
    theme.setDpi(160);
    QCOMPARE(theme.dpi(), 160.0);
    QCOMPARE(theme.pixels(25.4), 160);
    // A nonsense density falls back to 96.
    Theme zero(0, false);
    QCOMPARE(zero.dpi(), 96.0);
}

// 7.1-A/B: the defaults come back, and QML hears about it.
void TestKioskDisplay::resetRestoresDefaults()
{
    Theme theme(120, false);
    const int defaultFont = theme.fontSize();
    const Theme::Palette standard = Theme::palette(Theme::Standard);
    theme.setContrast(Theme::YellowOnBlack);
    theme.setTextSize(3);
    QCOMPARE(theme.contrast(), int(Theme::YellowOnBlack));
    QCOMPARE(theme.textSize(), 3);
    QVERIFY(theme.fontSize() > defaultFont);
    QCOMPARE(theme.text(), Theme::palette(Theme::YellowOnBlack).text);

    QSignalSpy changed(&theme, &Theme::changed);
    theme.reset();
    QVERIFY(changed.count() >= 1);
    QCOMPARE(theme.contrast(), int(Theme::Standard));
    QCOMPARE(theme.textSize(), int(Theme::DefaultTextSize));
    QCOMPARE(theme.fontSize(), defaultFont);
    QCOMPARE(theme.background(), standard.background);
    QCOMPARE(theme.text(), standard.text);
    QCOMPARE(theme.accent(), standard.accent);
    QCOMPARE(theme.focus(), standard.focus);
    QCOMPARE(theme.dpi(), 120.0); // the screen's density is not a voter setting
}

void TestKioskDisplay::resetWhenOnlyContrastChanged()
{
    Theme theme(96, false);
    theme.setContrast(Theme::CyanOnBlack);
    QSignalSpy changed(&theme, &Theme::changed);
    theme.reset();
    QVERIFY(changed.count() >= 1);
    QCOMPARE(theme.contrast(), int(Theme::Standard));
    QCOMPARE(theme.surface(), Theme::palette(Theme::Standard).surface);

    Theme sized(96, false);
    sized.setTextSize(0);
    QSignalSpy sizedChanged(&sized, &Theme::changed);
    sized.reset();
    QVERIFY(sizedChanged.count() >= 1);
    QCOMPARE(sized.textSize(), int(Theme::DefaultTextSize));
}

void TestKioskDisplay::settersClampAndNotify()
{
    Theme theme(96, false);
    QSignalSpy changed(&theme, &Theme::changed);
    theme.setTextSize(99);
    QCOMPARE(theme.textSize(), 3);
    theme.setTextSize(-5);
    QCOMPARE(theme.textSize(), 0);
    theme.setContrast(42);
    QCOMPARE(theme.contrast(), int(Theme::ContrastCount) - 1);
    theme.setContrast(-1);
    QCOMPARE(theme.contrast(), 0);
    QCOMPARE(changed.count(), 4);
    theme.setContrast(0); // unchanged: no signal
    QCOMPARE(changed.count(), 4);
}

// Audio mode (VVSG 2.0 7.1-K): off by default; on, it reads what it is given, and where
// the kiosk has no engine or no voice for the language it says so in words and stays
// silent; reset() turns it off for the next voter. (Debian's flite engine speaks only
// English, so Vietnamese never has a voice here.)
void TestKioskDisplay::audioDegradesCleanly()
{
    pbvote::kiosk::AudioGuide audio(QLocale(u"en"_qs));
    QCOMPARE(audio.enabled(), false);
    QCOMPARE(audio.status(), u"Audio is off."_qs);
    audio.say(u"nothing"_qs); // off: nothing is read
    QCOMPARE(audio.lastSpoken(), QString());

    QSignalSpy spoke(&audio, &pbvote::kiosk::AudioGuide::spoke);
    audio.setEnabled(true);
    QVERIFY(audio.enabled());
    audio.say(u"Start voting"_qs);
    QCOMPARE(spoke.count(), 1);
    QCOMPARE(audio.lastSpoken(), u"Start voting"_qs);

    audio.setLanguage(QLocale(u"vi"_qs));
    const QString status = audio.status();
    QVERIFY2(status.contains(u"no voice for this language"_qs) || status.contains(u"cannot read aloud"_qs),
             qPrintable(status));
    audio.say(u"Bắt đầu bỏ phiếu"_qs); // still recorded for the screen; not spoken, no crash
    QCOMPARE(audio.lastSpoken(), u"Bắt đầu bỏ phiếu"_qs);

    QCOMPARE(audio.rate(), 2);
    audio.setRate(99);
    QCOMPARE(audio.rate(), int(audio.rateNames().size()) - 1);
    audio.reset();
    QCOMPARE(audio.enabled(), false);
    QCOMPARE(audio.rate(), 2);
    QCOMPARE(audio.lastSpoken(), QString());
}

int main(int argc, char **argv)
{
    // As pbvote-kiosk's main(): software rendering and the Basic style, before the app.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(u"Basic"_qs);
    QGuiApplication app(argc, argv);
    if (!pbvote::crypto::initialize())
        return 1;
    TestKioskDisplay test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKioskDisplay.moc"
