#pragma once

#include <QImage>
#include <QQuickImageProvider>

namespace pbvote::kiosk {

// "image://qr/TEXT": TEXT as a QR code (libqrencode, error correction level M), black
// on white with the standard four-module quiet zone, scaled by whole pixels per module.
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // The code as an image with `pixelsPerModule` pixels per module; null when the text
    // cannot be encoded.
    static QImage render(const QByteArray &text, int pixelsPerModule);
};

class KioskSession;

// "image://project/ROUND/PROJECT": the project's picture from the kiosk's database,
// scaled to the requested width.
class ProjectImageProvider : public QQuickImageProvider
{
public:
    explicit ProjectImageProvider(const KioskSession *session);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    const KioskSession *m_session;
};

} // namespace pbvote::kiosk
