#include "QrCode.h"

#include <QByteArray>

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace pbvote::ui {

QImage qrImage(QByteArrayView text, int pixelsPerModule)
{
    const QByteArray terminated(text.data(), text.size()); // qrencode wants a C string
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(terminated.constData(), 0, QR_ECLEVEL_M),
                                                         &QRcode_free);
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

} // namespace pbvote::ui
