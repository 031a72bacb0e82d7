#pragma once

#include "model/Round.h"

#include <QAbstractListModel>

#include <vector>

namespace pbvote::store {
class BallotStore;
}

namespace pbvote::console {

// The rounds of the open database, newest first: "Riverton PB 2027 — open".
class RoundListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // A round's state in the organizer's words ("voting open", "counted", ...).
    static QString stateText(RoundState state);
    enum Role { RoundIdRole = Qt::UserRole + 1, StateRole, NameRole };

    explicit RoundListModel(QObject *parent = nullptr);

    // Reads the rounds again (after any change); the message of a failed read, or "".
    QString reload(const store::BallotStore *store);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    int rowOf(int64_t roundId) const; // -1 when absent

private:
    std::vector<Round> m_rounds;
};

} // namespace pbvote::console
