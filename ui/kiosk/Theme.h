#pragma once

#include "QmlInstance.h"

#include <QColor>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <utility>
#include <vector>

class QQmlEngine;
class QJSEngine;

namespace pbvote::kiosk {

// The kiosk's colours and sizes, chosen to meet VVSG 2.0 chapter 7 (see
// docs/kiosk.md): default contrast of every text colour on its background at least
// 10:1, three high-contrast modes, text whose capital letters are at least 4.8 mm tall
// at the screen's real density (larger sizes selectable), sans-serif, touch targets of
// at least 9 mm. The voter's choices reset for the next voter.
class Theme : public QObject, public QmlInstance<Theme>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(int contrast READ contrast WRITE setContrast NOTIFY changed)
    Q_PROPERTY(QStringList contrastNames READ contrastNames NOTIFY changed)
    Q_PROPERTY(int textSize READ textSize WRITE setTextSize NOTIFY changed)
    Q_PROPERTY(QStringList textSizeNames READ textSizeNames NOTIFY changed)
    Q_PROPERTY(qreal dpi READ dpi WRITE setDpi NOTIFY changed)
    Q_PROPERTY(bool fullScreen READ fullScreen CONSTANT)

    Q_PROPERTY(QString fontFamily READ fontFamily CONSTANT)
    Q_PROPERTY(int fontSize READ fontSize NOTIFY changed)      // body text, pixels
    Q_PROPERTY(int headingSize READ headingSize NOTIFY changed)
    Q_PROPERTY(int titleSize READ titleSize NOTIFY changed)
    Q_PROPERTY(int targetSize READ targetSize NOTIFY changed)  // smallest touch target side, pixels
    Q_PROPERTY(int spacing READ spacing NOTIFY changed)
    Q_PROPERTY(int radius READ radius NOTIFY changed)

    Q_PROPERTY(QColor background READ background NOTIFY changed)
    Q_PROPERTY(QColor surface READ surface NOTIFY changed)
    Q_PROPERTY(QColor text READ text NOTIFY changed)
    Q_PROPERTY(QColor mutedText READ mutedText NOTIFY changed)
    Q_PROPERTY(QColor accent READ accent NOTIFY changed)
    Q_PROPERTY(QColor onAccent READ onAccent NOTIFY changed)
    Q_PROPERTY(QColor chosen READ chosen NOTIFY changed)
    Q_PROPERTY(QColor onChosen READ onChosen NOTIFY changed)
    Q_PROPERTY(QColor border READ border NOTIFY changed)
    Q_PROPERTY(QColor focus READ focus NOTIFY changed)
    Q_PROPERTY(QColor notice READ notice NOTIFY changed)
    Q_PROPERTY(QColor onNotice READ onNotice NOTIFY changed)
    Q_PROPERTY(QColor error READ error NOTIFY changed)
    Q_PROPERTY(QColor track READ track NOTIFY changed)

public:
    enum Contrast { Standard, BlackOnWhite, WhiteOnBlack, YellowOnBlack, CyanOnBlack, ContrastCount };
    Q_ENUM(Contrast)

    struct Palette
    {
        QColor background, surface, text, mutedText, accent, onAccent, chosen, onChosen, border, focus, notice,
            onNotice, error, track;
        // Text drawn on a background: every pair the kiosk uses.
        struct Pair
        {
            const char *what;
            QColor foreground, background;
        };
        std::vector<Pair> textPairs() const;
    };
    static Palette palette(Contrast contrast);
    // The smallest contrast ratio VVSG 2.0 7.1-C/D asks of a mode.
    static double requiredContrast(Contrast contrast);
    // WCAG 2 contrast ratio (1..21) of two opaque colours.
    Q_INVOKABLE static double contrastRatio(const QColor &a, const QColor &b);

    // Cap heights (mm) of the selectable text sizes: VVSG's four ranges.
    static constexpr double CapHeightsMm[] = {3.5, 4.8, 6.4, 8.5};
    static constexpr int DefaultTextSize = 1;
    static constexpr double MinTargetMm = 9.0;

    explicit Theme(qreal dpi, bool fullScreen, QObject *parent = nullptr);

    int contrast() const { return m_contrast; }
    void setContrast(int contrast);
    QStringList contrastNames() const;
    int textSize() const { return m_textSize; }
    void setTextSize(int size);
    QStringList textSizeNames() const;
    qreal dpi() const { return m_dpi; }
    void setDpi(qreal dpi);
    bool fullScreen() const { return m_fullScreen; }

    QString fontFamily() const;
    int fontSize() const;
    int headingSize() const { return int(fontSize() * 1.3); }
    int titleSize() const { return int(fontSize() * 1.7); }
    int targetSize() const;
    int spacing() const { return std::max(8, fontSize() / 2); }
    int radius() const { return std::max(6, fontSize() / 3); }
    double millimetres(double pixels) const { return pixels * 25.4 / m_dpi; }
    Q_INVOKABLE int pixels(double millimetres) const;

    QColor background() const { return m_palette.background; }
    QColor surface() const { return m_palette.surface; }
    QColor text() const { return m_palette.text; }
    QColor mutedText() const { return m_palette.mutedText; }
    QColor accent() const { return m_palette.accent; }
    QColor onAccent() const { return m_palette.onAccent; }
    QColor chosen() const { return m_palette.chosen; }
    QColor onChosen() const { return m_palette.onChosen; }
    QColor border() const { return m_palette.border; }
    QColor focus() const { return m_palette.focus; }
    QColor notice() const { return m_palette.notice; }
    QColor onNotice() const { return m_palette.onNotice; }
    QColor error() const { return m_palette.error; }
    QColor track() const { return m_palette.track; }

public slots:
    // Defaults for the next voter (VVSG 2.0 7.1-A) or when a voter asks (7.1-B).
    void reset();

signals:
    void changed();

private:
    qreal m_dpi;
    bool m_fullScreen;
    int m_contrast = Standard;
    int m_textSize = DefaultTextSize;
    Palette m_palette;
    mutable std::map<std::pair<int, int>, int> m_fontSizes; // (dpi × 100, size) → pixels
};

} // namespace pbvote::kiosk
