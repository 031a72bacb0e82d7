#pragma once

#include "store/BallotStore.h"
#include "util/Result.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace pbvote::console {

// A project's title and description in each of the kiosk's languages other than
// English (the project's own text): one row per language, editable Title and
// Description columns. Languages are named in themselves and are not translated.
class ProjectTranslationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LanguageColumn, TitleColumn, DescriptionColumn, ColumnCount };
    enum Role {
        LanguageCodeRole = Qt::UserRole + 1, // "es", "vi", ...
        LayoutDirectionRole,                 // Qt::LayoutDirection of the language's script
    };

    struct Language
    {
        QString code;       // as the kiosk and the store name it
        QString nativeName; // in its own language and script
        Qt::LayoutDirection direction = Qt::LeftToRight;
    };
    // The kiosk's languages besides English (the same as the kiosk's LanguageManager).
    static const std::vector<Language> &languages();

    explicit ProjectTranslationModel(QObject *parent = nullptr);

    // Language code → text; languages the kiosk does not have are ignored.
    void setTranslations(const std::map<QString, store::ProjectText> &translations);
    // Every language of the model, trimmed; an empty title means "no translation"
    // (BallotStore::setProjectTranslation removes it), so saving all of them also
    // removes the ones the organizer cleared.
    std::map<QString, store::ProjectText> translations() const;
    // A description needs a title in the same language; names the first language without.
    Status check() const;
    int rowOf(const QString &languageCode) const; // -1 when the model has no such language

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<store::ProjectText> m_texts; // one per languages() entry
};

} // namespace pbvote::console
