#include "Theme.h"

#include <QFont>
#include <QFontMetricsF>
#include <QJSEngine>
#include <QPainterPath>

#include <cmath>

namespace pbvote::kiosk {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

std::vector<Theme::Palette::Pair> Theme::Palette::textPairs() const
{
    return {
        {"text on background", text, background},
        {"muted text on background", mutedText, background},
        {"text on surface", text, surface},
        {"muted text on surface", mutedText, surface},
        {"button text on accent", onAccent, accent},
        {"text on a chosen card", onChosen, chosen},
        {"notice text on notice", onNotice, notice},
        {"error text on background", error, background},
        {"error text on surface", error, surface},
    };
}

Theme::Palette Theme::palette(Contrast contrast)
{
    Palette p;
    switch (contrast) {
    case Standard:
    case ContrastCount:
        p.background = QColor(0xFF, 0xFF, 0xFF);
        p.surface = QColor(0xF2, 0xF4, 0xF7);
        p.text = QColor(0x11, 0x11, 0x11);
        p.mutedText = QColor(0x2F, 0x33, 0x38);
        p.accent = QColor(0x0A, 0x3A, 0x7A);
        p.onAccent = QColor(0xFF, 0xFF, 0xFF);
        p.chosen = QColor(0xDC, 0xE9, 0xFB);
        p.onChosen = QColor(0x11, 0x11, 0x11);
        p.border = QColor(0x5A, 0x63, 0x70);
        p.focus = QColor(0xB3, 0x4A, 0x00);
        p.notice = QColor(0xFF, 0xF1, 0xC2);
        p.onNotice = QColor(0x11, 0x11, 0x11);
        p.error = QColor(0x7A, 0x00, 0x00);
        p.track = QColor(0xD5, 0xDB, 0xE3);
        break;
    case BlackOnWhite:
        p.background = p.surface = p.notice = QColor(Qt::white);
        p.text = p.mutedText = p.onChosen = p.onNotice = p.error = p.accent = p.border = p.focus = QColor(Qt::black);
        p.onAccent = QColor(Qt::white);
        p.chosen = QColor(Qt::white);
        p.track = QColor(Qt::white);
        break;
    case WhiteOnBlack:
    case YellowOnBlack:
    case CyanOnBlack: {
        const QColor ink = contrast == WhiteOnBlack ? QColor(Qt::white)
                           : contrast == YellowOnBlack ? QColor(0xFF, 0xFF, 0x00)
                                                       : QColor(0x00, 0xFF, 0xFF);
        p.background = p.surface = p.notice = p.chosen = p.track = QColor(Qt::black);
        p.text = p.mutedText = p.onChosen = p.onNotice = p.error = p.accent = p.border = p.focus = ink;
        p.onAccent = QColor(Qt::black);
        break;
    }
    }
    return p;
}

double Theme::requiredContrast(Contrast contrast)
{
    switch (contrast) {
    case BlackOnWhite:
        return 20.0;
    case WhiteOnBlack:
        return 18.0;
    case YellowOnBlack:
        return 17.5;
    case CyanOnBlack:
        return 15.0;
    case Standard:
    case ContrastCount:
        break;
    }
    return 10.0;
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Theme::Theme(qreal dpi, bool fullScreen, QObject *parent)
    : QObject(parent), m_dpi(dpi > 0 ? dpi : 96.0), m_fullScreen(fullScreen), m_palette(palette(Standard))
{
}

void Theme::setContrast(int contrast)
{
    contrast = std::clamp(contrast, 0, int(ContrastCount) - 1);
    if (contrast == m_contrast)
        return;
    m_contrast = contrast;
    m_palette = palette(Contrast(contrast));
    emit changed();
}

QStringList Theme::contrastNames() const
{
    return {tr("Standard colours"), tr("Black on white"), tr("White on black"), tr("Yellow on black"),
            tr("Cyan on black")};
}

void Theme::setTextSize(int size)
{
    size = std::clamp(size, 0, int(std::size(CapHeightsMm)) - 1);
    if (size == m_textSize)
        return;
    m_textSize = size;
    emit changed();
}

QStringList Theme::textSizeNames() const
{
    return {tr("Small text"), tr("Standard text"), tr("Large text"), tr("Largest text")};
}

void Theme::setDpi(qreal dpi)
{
    if (dpi <= 0 || qFuzzyCompare(dpi, m_dpi))
        return;
    m_dpi = dpi;
    emit changed();
}

QString Theme::fontFamily() const
{
    return u"DejaVu Sans"_qs;
}

int Theme::pixels(double millimetres) const
{
    return int(std::ceil(millimetres * m_dpi / 25.4));
}

int Theme::fontSize() const
{
    // The smallest pixel size whose capital letters, as the font draws them (hinted to
    // whole pixels), are at least the chosen cap height at this screen's density.
    const double target = CapHeightsMm[m_textSize];
    const auto key = std::make_pair(qRound(m_dpi * 100), m_textSize);
    if (auto it = m_fontSizes.find(key); it != m_fontSizes.end())
        return it->second;
    QFont f(fontFamily());
    auto capMm = [&](int px) {
        // Both the height the font reports for capitals (hinted) and the outline of a
        // capital I must reach it.
        f.setPixelSize(px);
        QPainterPath outline;
        outline.addText(0, 0, f, u"I"_qs);
        const double cap = std::min(QFontMetricsF(f).capHeight(), outline.boundingRect().height());
        return cap * 25.4 / m_dpi;
    };
    int px = std::max(6, int(target * m_dpi / 25.4)); // the cap height is below the pixel size
    while (capMm(px) < target && px < 1000)
        ++px;
    m_fontSizes.emplace(key, px);
    return px;
}

int Theme::targetSize() const
{
    return std::max(pixels(MinTargetMm + 1.0), int(fontSize() * 2.0));
}

void Theme::reset()
{
    const bool same = m_contrast == Standard && m_textSize == DefaultTextSize;
    m_contrast = Standard;
    m_textSize = DefaultTextSize;
    m_palette = palette(Standard);
    if (!same)
        emit changed();
}

} // namespace pbvote::kiosk
