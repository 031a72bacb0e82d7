#include "KioskTableModel.h"

#include "crypto/Crypto.h"
#include "util/Money.h"

namespace pbvote::console {

KioskTableModel::KioskTableModel(QObject *parent) : QAbstractTableModel(parent) {}

Status KioskTableModel::reload(const store::BallotStore &store, int64_t roundId)
{
    auto kiosks = store.kiosks(roundId);
    beginResetModel();
    m_kiosks = kiosks ? std::move(*kiosks) : std::vector<store::KioskInfo>();
    endResetModel();
    return kiosks ? Status() : Status::failure(kiosks.error());
}

void KioskTableModel::clear()
{
    beginResetModel();
    m_kiosks.clear();
    endResetModel();
}

QString KioskTableModel::fingerprint(const QByteArray &publicKey)
{
    return crypto::shortCode("PBV-fingerprint", publicKey, 10);
}

QString KioskTableModel::statusText(const store::KioskInfo &kiosk)
{
    if (kiosk.revoked)
        return tr("Revoked");
    if (kiosk.closed)
        return tr("Closed");
    return tr("Registered");
}

QString KioskTableModel::kioskId(int row) const
{
    return row >= 0 && row < rowCount() ? m_kiosks[size_t(row)].id : QString();
}

int KioskTableModel::rowOf(const QString &kioskId) const
{
    for (size_t i = 0; i < m_kiosks.size(); ++i) {
        if (m_kiosks[i].id == kioskId)
            return int(i);
    }
    return -1;
}

int KioskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kiosks.size());
}

int KioskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KioskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::KioskInfo &k = m_kiosks[size_t(index.row())];
    const auto column = Column(index.column());
    if (role == KioskIdRole)
        return k.id;
    if (role == Qt::TextAlignmentRole && (column == BallotsColumn || column == ReportedColumn))
        return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case FingerprintColumn:
            return tr("Public key: %1").arg(QString::fromLatin1(k.publicKey.toHex()));
        case StatusColumn:
            if (k.revoked)
                return tr("Revoked: this kiosk can accept no more ballots and its ballots are not counted (they stay "
                          "stored).");
            if (k.closed)
                return tr("The kiosk signed its final checkpoint: it accepts no more ballots.");
            return tr("The kiosk may sign ballots for this round.");
        case ReportedColumn:
            if (k.reported < 0)
                return tr("The kiosk has not signed a checkpoint yet.");
            if (k.reported != k.ballots)
                return tr("Its checkpoint states %1, this database holds %2 from it.")
                    .arg(formatCount(k.reported), formatCount(k.ballots));
            return {};
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case IdColumn:
        return k.id;
    case NameColumn:
        return k.name;
    case LocationColumn:
        return k.location;
    case FingerprintColumn:
        return fingerprint(k.publicKey);
    case StatusColumn:
        return statusText(k);
    case BallotsColumn:
        return role == SortRole ? QVariant(qlonglong(k.ballots)) : QVariant(formatCount(k.ballots));
    case ReportedColumn:
        if (role == SortRole)
            return qlonglong(k.reported);
        return k.reported < 0 ? tr("—", "no checkpoint yet") : formatCount(k.reported);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant KioskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case IdColumn:
        return tip ? QVariant() : tr("Kiosk");
    case NameColumn:
        return tip ? QVariant() : tr("Name");
    case LocationColumn:
        return tip ? QVariant() : tr("Location");
    case FingerprintColumn:
        return tip ? tr("The key fingerprint that pbvote keys list shows on the kiosk") : tr("Key fingerprint");
    case StatusColumn:
        return tip ? QVariant() : tr("Status");
    case BallotsColumn:
        return tip ? tr("Signed ballots from this kiosk in this database (how many, never what they say)")
                   : tr("Ballots stored");
    case ReportedColumn:
        return tip ? tr("How many ballots the kiosk's latest signed checkpoint states")
                   : tr("In last checkpoint");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pbvote::console
