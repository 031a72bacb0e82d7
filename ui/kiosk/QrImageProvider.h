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

} // namespace pbvote::kiosk
