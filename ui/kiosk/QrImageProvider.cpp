#include "QrImageProvider.h"

#include "KioskSession.h"

#include "QrCode.h"

namespace pbvote::kiosk {

QrImageProvider::QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

QImage QrImageProvider::render(const QByteArray &text, int pixelsPerModule)
{
    return ui::qrImage(text, pixelsPerModule);
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
