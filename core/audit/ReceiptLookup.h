#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace pbvote::audit {

struct ReceiptCheck
{
    bool found = false;          // a ballot with this receipt is in the record
    bool signatureValid = false; // its kiosk signature verifies against the signed manifest
    QString kioskId;
    quint32 batch = 0;
};

// What a voter does with the published record: looks up the receipt code they took home.
// The receipt is recomputed from each ballot's signed envelope (the record's own
// "receipt" field is not trusted), and the ballot's signature is checked against the
// kiosk key in the authority-signed manifest. Fails on a record that cannot be read.
Result<ReceiptCheck> checkReceipt(const QJsonObject &record, const QString &receiptCode);

} // namespace pbvote::audit
