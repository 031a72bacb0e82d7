#include "ProjectTranslationModel.h"

namespace pbvote::console {

const std::vector<ProjectTranslationModel::Language> &ProjectTranslationModel::languages()
{
    // Keep in step with pbvote::kiosk::LanguageManager::shipped().
    static const std::vector<Language> list = {
        {u"es"_qs, u"Español"_qs, Qt::LeftToRight},
        {u"vi"_qs, u"Tiếng Việt"_qs, Qt::LeftToRight},
        {u"pl"_qs, u"Polski"_qs, Qt::LeftToRight},
        {u"ar"_qs, u"العربية"_qs, Qt::RightToLeft},
    };
    return list;
}

ProjectTranslationModel::ProjectTranslationModel(QObject *parent)
    : QAbstractTableModel(parent), m_texts(languages().size())
{
}

void ProjectTranslationModel::setTranslations(const std::map<QString, store::ProjectText> &translations)
{
    beginResetModel();
    for (size_t i = 0; i < languages().size(); ++i) {
        const auto found = translations.find(languages()[i].code);
        m_texts[i] = found == translations.end() ? store::ProjectText() : found->second;
    }
    endResetModel();
}

std::map<QString, store::ProjectText> ProjectTranslationModel::translations() const
{
    std::map<QString, store::ProjectText> out;
    for (size_t i = 0; i < languages().size(); ++i)
        out[languages()[i].code] = {m_texts[i].title.trimmed(), m_texts[i].description.trimmed()};
    return out;
}

Status ProjectTranslationModel::check() const
{
    for (size_t i = 0; i < languages().size(); ++i) {
        if (m_texts[i].title.trimmed().isEmpty() && !m_texts[i].description.trimmed().isEmpty())
            return Status::failure(tr("The translation into %1 has a description but no title: give it a title too, "
                                      "or clear the description.")
                                       .arg(languages()[i].nativeName));
    }
    return {};
}

int ProjectTranslationModel::rowOf(const QString &languageCode) const
{
    for (size_t i = 0; i < languages().size(); ++i) {
        if (languages()[i].code == languageCode)
            return int(i);
    }
    return -1;
}

int ProjectTranslationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_texts.size());
}

int ProjectTranslationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTranslationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Language &language = languages()[size_t(index.row())];
    const store::ProjectText &text = m_texts[size_t(index.row())];
    switch (role) {
    case LanguageCodeRole:
        return language.code;
    case LayoutDirectionRole:
        return QVariant::fromValue(language.direction);
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case LanguageColumn:
            return language.nativeName;
        case TitleColumn:
            return text.title;
        case DescriptionColumn:
            // One line in the table; the editor below it shows all of it.
            return role == Qt::DisplayRole ? QString(text.description).replace(u'\n', u' ') : text.description;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == DescriptionColumn ? text.description : QVariant();
    case Qt::TextAlignmentRole:
        // Each language's text starts where its script starts reading.
        if (index.column() != LanguageColumn && language.direction == Qt::RightToLeft)
            return QVariant(Qt::AlignAbsolute | Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool ProjectTranslationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    store::ProjectText &text = m_texts[size_t(index.row())];
    QString *field = index.column() == TitleColumn ? &text.title
        : index.column() == DescriptionColumn      ? &text.description
                                                   : nullptr;
    if (!field)
        return false;
    const QString changed = value.toString();
    if (*field == changed)
        return true;
    *field = changed;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    return true;
}

Qt::ItemFlags ProjectTranslationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != LanguageColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ProjectTranslationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LanguageColumn:
        return tr("Language");
    case TitleColumn:
        return tr("Title");
    case DescriptionColumn:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pbvote::console
