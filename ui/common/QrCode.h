#pragma once

#include <QByteArrayView>
#include <QImage>

namespace pbvote::ui {

// `text` as a QR code (libqrencode, error correction level M): black modules on white
// with the standard four-module quiet zone, `pixelsPerModule` pixels per module.
// A null image when the text cannot be encoded. Shared by the kiosk's receipt and the
// console's access code slips.
QImage qrImage(QByteArrayView text, int pixelsPerModule);

} // namespace pbvote::ui
