#pragma once

#include <QAbstractListModel>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace pbvote {
class BallotDraft;
}

namespace pbvote::kiosk {

class KioskSession;

// The round's projects as ballot cards, with what the voter has chosen so far. Reads
// the session's BallotDraft (titles and descriptions through the session, in the
// kiosk's language); the session calls refresh() after every change.
class ProjectListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the kiosk session")

public:
    enum Role {
        RowRole = Qt::UserRole + 1, // position on the ballot (what the session's slots take)
        ProjectIdRole,
        TitleRole,
        DescriptionRole,
        CostRole,
        CostTextRole,
        CategoryRole,
        DistrictRole,
        ChosenRole,
        PointsRole,
        RankRole,
        CanChooseRole,
        ImageRole,
        OfferedRole, // false for another district's project on a district ballot
    };
    Q_ENUM(Role)

    ProjectListModel(const KioskSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Everything may have changed (a new voter, a new choice, another language).
    void refresh();
    void reload();

private:
    const KioskSession *m_session;
};

// The cards shown: the projects the voter is offered (their district's and city-wide
// ones), under a category filter ("" shows all).
class ProjectFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the kiosk session")

public:
    explicit ProjectFilterModel(QObject *parent = nullptr);
    void setCategory(const QString &category);
    // The projects offered changed.
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_category;
};

} // namespace pbvote::kiosk
