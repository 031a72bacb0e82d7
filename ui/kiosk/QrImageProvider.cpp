#include "QrImageProvider.h"

#include "KioskSession.h"

#include <qrencode.h>

#include <memory>

namespace pbvote::kiosk {

QrImageProvider::QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

QImage QrImageProvider::render(const QByteArray &text, int pixelsPerModule)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    constexpr int QuietZone = 4;
    const int modules = code->width + 2 * QuietZone;
    const int scale = std::max(1, pixelsPerModule);
    QImage image(modules * scale, modules * scale, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + QuietZone) * scale + dy);
                std::fill_n(line + (x + QuietZone) * scale, scale, uchar(0));
            }
        }
    }
    return image;
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // Work out the modules first, then pick whole pixels per module to fit the request.
    const QByteArray text = id.toUtf8();
    QImage one = render(text, 1);
    if (one.isNull())
        return {};
    int scale = 8;
    if (requestedSize.isValid() && requestedSize.width() > 0)
        scale = std::max(1, requestedSize.width() / one.width());
    QImage image = scale == 1 ? one : render(text, scale);
    if (size)
        *size = image.size();
    return image;
}

ProjectImageProvider::ProjectImageProvider(const KioskSession *session)
    : QQuickImageProvider(QQuickImageProvider::Image), m_session(session)
{
}

QImage ProjectImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QImage image = m_session->projectImage(id.section(u'/', 1));
    if (!image.isNull() && requestedSize.width() > 0 && requestedSize.width() < image.width())
        image = image.scaledToWidth(requestedSize.width(), Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace pbvote::kiosk
