#include "RoundListModel.h"

#include "store/BallotStore.h"

#include <algorithm>

namespace pbvote::console {

RoundListModel::RoundListModel(QObject *parent) : QAbstractListModel(parent) {}

QString RoundListModel::reload(const store::BallotStore *store)
{
    beginResetModel();
    m_rounds.clear();
    QString error;
    if (store) {
        if (auto rounds = store->rounds()) {
            m_rounds = std::move(*rounds);
            std::sort(m_rounds.begin(), m_rounds.end(), [](const Round &a, const Round &b) { return a.id > b.id; });
        } else {
            error = rounds.error();
        }
    }
    endResetModel();
    return error;
}

int RoundListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rounds.size());
}

QString RoundListModel::stateText(RoundState state)
{
    switch (state) {
    case RoundState::Draft:
        return RoundListModel::tr("draft");
    case RoundState::Open:
        return RoundListModel::tr("voting open");
    case RoundState::Suspended:
        return RoundListModel::tr("voting paused");
    case RoundState::Closed:
        return RoundListModel::tr("closed");
    case RoundState::Tallied:
        return RoundListModel::tr("counted");
    }
    return {};
}

QVariant RoundListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Round &r = m_rounds[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(r.name, r.published ? tr("published") : stateText(r.state));
    case Qt::ToolTipRole:
        return QString(tr("Round %1: %n project(s)", nullptr, int(r.projects.size())).arg(r.id) + u'\n' + r.name);
    case RoundIdRole:
        return qint64(r.id);
    case StateRole:
        return roundStateName(r.state);
    case NameRole:
        return r.name;
    }
    return {};
}

int RoundListModel::rowOf(int64_t roundId) const
{
    for (size_t i = 0; i < m_rounds.size(); ++i) {
        if (m_rounds[i].id == roundId)
            return int(i);
    }
    return -1;
}

} // namespace pbvote::console
