#include "ProjectDialog.h"

#include "MoneyText.h"
#include "ProjectTableModel.h"
#include "ProjectTranslationModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTextOption>
#include <QVBoxLayout>

namespace pbvote::console {

namespace {

// In-place editors of a translation run in its language's direction (Arabic from the right).
class LanguageDirectionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (editor)
            editor->setLayoutDirection(
                index.data(ProjectTranslationModel::LayoutDirectionRole).value<Qt::LayoutDirection>());
        return editor;
    }
};

// The preview's bounds, in multiples of the font's line height so it grows with the font.
QSize previewBounds(const QWidget *w)
{
    const int line = w->fontMetrics().height();
    return {line * 16, line * 10};
}

QString sizeText(qsizetype bytes)
{
    constexpr qsizetype MiB = 1024 * 1024;
    if (bytes >= MiB)
        return ProjectDialog::tr("%1 MiB").arg(double(bytes) / MiB, 0, 'f', bytes % MiB == 0 ? 0 : 1);
    return ProjectDialog::tr("%1 KiB").arg((bytes + 1023) / 1024);
}

} // namespace

ProjectDialog::ProjectDialog(const Round &round, QWidget *parent, const Project *existing, const QByteArray &image,
                             const std::map<QString, store::ProjectText> &translations)
    : QDialog(parent),
      m_round(round),
      m_image(image),
      m_initialImage(image),
      m_tabs(new QTabWidget(this)),
      m_id(new QLineEdit(this)),
      m_title(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)),
      m_cost(new QLineEdit(this)),
      m_category(new QComboBox(this)),
      m_district(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_picture(new QLabel(this)),
      m_pictureInfo(new QLabel(this)),
      m_choosePicture(new QPushButton(tr("C&hoose picture…"), this)),
      m_removePicture(new QPushButton(tr("Remo&ve picture"), this)),
      m_translations(new ProjectTranslationModel(this)),
      m_translationTable(new QTableView(this)),
      m_translationTitleLabel(new QLabel(this)),
      m_translationTitle(new QLineEdit(this)),
      m_translationDescriptionLabel(new QLabel(this)),
      m_translationDescription(new QPlainTextEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Add a project"));
    m_tabs->setObjectName(u"projectTabs"_qs);
    m_id->setObjectName(u"projectId"_qs);
    m_title->setObjectName(u"projectTitle"_qs);
    m_description->setObjectName(u"projectDescription"_qs);
    m_cost->setObjectName(u"projectCost"_qs);
    m_category->setObjectName(u"projectCategoryChoice"_qs);
    m_district->setObjectName(u"projectDistrict"_qs);
    m_status->setObjectName(u"projectStatus"_qs);
    m_picture->setObjectName(u"projectPicture"_qs);
    m_pictureInfo->setObjectName(u"projectPictureInfo"_qs);
    m_choosePicture->setObjectName(u"choosePicture"_qs);
    m_removePicture->setObjectName(u"removePicture"_qs);
    m_translationTable->setObjectName(u"projectTranslations"_qs);
    m_translationTitle->setObjectName(u"translationTitle"_qs);
    m_translationDescription->setObjectName(u"translationDescription"_qs);
    m_error->setObjectName(u"projectError"_qs);
    m_id->setPlaceholderText(tr("e.g. P13"));
    m_cost->setPlaceholderText(tr("e.g. 125 000 or 125 000.50"));
    m_description->setTabChangesFocus(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setTextFormat(Qt::PlainText); // core's words, never markup
    m_error->hide();

    m_district->addItem(tr("City-wide"), QString());
    for (const District &d : round.districts)
        m_district->addItem(d.name, d.id);
    for (ProjectStatus s : {ProjectStatus::Ballot, ProjectStatus::UnderReview, ProjectStatus::Rejected,
                            ProjectStatus::Withdrawn})
        m_status->addItem(ProjectTableModel::statusText(s), int(s));

    // Category: one of the round's list, or free text when the round has none (the
    // categories other projects use are offered).
    if (!round.categories.isEmpty()) {
        m_category->addItem(tr("None"), QString());
        for (const QString &c : round.categories)
            m_category->addItem(c, c);
    } else {
        m_category->setEditable(true);
        m_category->setInsertPolicy(QComboBox::NoInsert);
        m_category->lineEdit()->setObjectName(u"projectCategory"_qs);
        m_category->lineEdit()->setPlaceholderText(tr("e.g. Green spaces"));
        QStringList used;
        for (const std::vector<Project> *list : {&round.projects, &round.offBallot}) {
            for (const Project &p : *list) {
                if (!p.category.isEmpty() && !used.contains(p.category))
                    used << p.category;
            }
        }
        used.sort(Qt::CaseInsensitive);
        m_category->addItem(QString());
        m_category->addItems(used);
        m_category->completer()->setCaseSensitivity(Qt::CaseSensitive);
    }

    if (existing) {
        setWindowTitle(tr("Edit project %1").arg(existing->id));
        m_editingId = existing->id;
        m_id->setText(existing->id);
        m_id->setReadOnly(true); // ballots and pictures refer to it
        m_title->setText(existing->title);
        m_description->setPlainText(existing->description);
        m_cost->setText(moneyText(existing->cost));
        if (m_category->isEditable()) {
            m_category->setCurrentText(existing->category);
        } else {
            if (m_category->findData(existing->category) < 0) // no longer in the round's list: shown as it is
                m_category->addItem(existing->category, existing->category);
            m_category->setCurrentIndex(m_category->findData(existing->category));
        }
        m_district->setCurrentIndex(std::max(0, m_district->findData(existing->district)));
        m_status->setCurrentIndex(std::max(0, m_status->findData(int(existing->status))));
    }

    // The project's own text and numbers.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("C&ost (%1):").arg(round.currency), m_cost);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Dis&trict:"), m_district);
    form->addRow(tr("&Status:"), m_status);

    // The picture on the kiosk's card.
    auto *picture = new QGroupBox(tr("Picture"), this);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(previewBounds(this) / 2);
    m_picture->setFrameShape(QFrame::StyledPanel);
    m_pictureInfo->setWordWrap(true);
    auto *pictureHint = new QLabel(tr("PNG or JPEG, at most %1. Shown on the project's card on the kiosk.")
                                       .arg(sizeText(store::BallotStore::MaxProjectImageBytes)),
                                   this);
    pictureHint->setWordWrap(true);
    connect(m_choosePicture, &QPushButton::clicked, this, &ProjectDialog::choosePicture);
    connect(m_removePicture, &QPushButton::clicked, this, &ProjectDialog::removeImage);
    for (QPushButton *b : {m_choosePicture, m_removePicture})
        b->setAutoDefault(false);
    auto *pictureButtons = new QHBoxLayout;
    pictureButtons->addWidget(m_choosePicture);
    pictureButtons->addWidget(m_removePicture);
    pictureButtons->addStretch();
    auto *pictureLayout = new QVBoxLayout(picture);
    pictureLayout->addWidget(m_picture, 1);
    pictureLayout->addWidget(m_pictureInfo);
    pictureLayout->addLayout(pictureButtons);
    pictureLayout->addWidget(pictureHint);
    showPicture();

    auto *projectPage = new QWidget(this);
    auto *projectLayout = new QHBoxLayout(projectPage);
    projectLayout->addLayout(form, 3);
    projectLayout->addWidget(picture, 2);
    m_tabs->addTab(projectPage, tr("&Project"));

    // Translations for the kiosk's other languages: the table for an overview, the
    // editors below it for the chosen language (in its own direction).
    m_translations->setTranslations(translations);
    m_translationTable->setModel(m_translations);
    m_translationTable->setItemDelegate(new LanguageDirectionDelegate(m_translationTable));
    m_translationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_translationTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_translationTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_translationTable->verticalHeader()->hide();
    m_translationTable->horizontalHeader()->setSectionResizeMode(ProjectTranslationModel::LanguageColumn,
                                                                 QHeaderView::ResizeToContents);
    m_translationTable->horizontalHeader()->setSectionResizeMode(ProjectTranslationModel::TitleColumn,
                                                                 QHeaderView::Stretch);
    m_translationTable->horizontalHeader()->setSectionResizeMode(ProjectTranslationModel::DescriptionColumn,
                                                                 QHeaderView::Stretch);
    m_translationTable->setWordWrap(false);
    m_translationDescription->setTabChangesFocus(true);
    m_translationTitleLabel->setBuddy(m_translationTitle);
    m_translationDescriptionLabel->setBuddy(m_translationDescription);
    connect(m_translationTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectDialog::showTranslation);
    connect(m_translationTitle, &QLineEdit::textChanged, this, [this](const QString &text) {
        const int row = m_translationTable->currentIndex().row();
        m_translations->setData(m_translations->index(row, ProjectTranslationModel::TitleColumn), text);
    });
    connect(m_translationDescription, &QPlainTextEdit::textChanged, this, [this] {
        const int row = m_translationTable->currentIndex().row();
        m_translations->setData(m_translations->index(row, ProjectTranslationModel::DescriptionColumn),
                                m_translationDescription->toPlainText());
    });
    connect(m_translations, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (from.row() == m_translationTable->currentIndex().row())
            showTranslation();
    });
    auto *translationHint = new QLabel(tr("The kiosk shows a project's title and description in the voter's language "
                                          "when they are translated, and as written above otherwise."),
                                       this);
    translationHint->setWordWrap(true);
    auto *translationForm = new QFormLayout;
    translationForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    translationForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    translationForm->addRow(m_translationTitleLabel, m_translationTitle);
    translationForm->addRow(m_translationDescriptionLabel, m_translationDescription);
    auto *translationPage = new QWidget(this);
    auto *translationLayout = new QVBoxLayout(translationPage);
    translationLayout->addWidget(translationHint);
    translationLayout->addWidget(m_translationTable, 1);
    translationLayout->addLayout(translationForm, 1);
    m_tabs->addTab(translationPage, tr("T&ranslations"));
    m_translationTable->setCurrentIndex(m_translations->index(0, ProjectTranslationModel::TitleColumn));
    showTranslation();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProjectDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Room for the form beside the picture: a width in the font's terms.
    const int width = std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 100);
    resize(width, layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height());
}

Project ProjectDialog::project() const
{
    Project p;
    p.id = m_id->text().trimmed();
    p.title = m_title->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    p.cost = parseMoneyText(m_cost->text()).value_or(-1);
    p.category = m_category->isEditable() ? m_category->currentText().trimmed() : m_category->currentData().toString();
    p.district = m_district->currentData().toString();
    p.status = ProjectStatus(m_status->currentData().toInt());
    return p;
}

std::map<QString, store::ProjectText> ProjectDialog::translations() const
{
    return m_translations->translations();
}

void ProjectDialog::choosePicture()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a picture for the project"), QString(),
                                                      tr("Pictures (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        setImageFile(path);
}

Status ProjectDialog::setImageFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    auto refuse = [&](const QString &why) {
        const QString message = tr("%1 was not taken: %2").arg(fileName, why);
        showError(message);
        return Status::failure(message);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    const QByteArray bytes = file.readAll();
    const QString id = m_id->text().trimmed();
    if (Status s = store::BallotStore::checkProjectImage(id.isEmpty() ? tr("(new)") : id, bytes); !s)
        return refuse(s.error());
    if (QImage::fromData(bytes).isNull())
        return refuse(tr("it looks like a PNG or JPEG file but cannot be shown; it may be damaged."));
    m_image = bytes;
    m_error->hide();
    showPicture();
    return {};
}

void ProjectDialog::removeImage()
{
    m_image.clear();
    showPicture();
}

void ProjectDialog::showPicture()
{
    const QImage image = QImage::fromData(m_image);
    if (m_image.isEmpty() || image.isNull()) {
        m_picture->setPixmap({});
        m_picture->setText(m_image.isEmpty() ? tr("No picture") : tr("This picture cannot be shown."));
        m_pictureInfo->clear();
    } else {
        const qreal ratio = devicePixelRatioF();
        QSize bounds = previewBounds(this);
        QPixmap pixmap = QPixmap::fromImage(image.scaled(bounds * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(ratio);
        m_picture->setPixmap(pixmap);
        m_pictureInfo->setText(tr("%1 × %2 pixels, %3").arg(image.width()).arg(image.height()).arg(sizeText(m_image.size())));
    }
    m_picture->setAccessibleName(m_image.isEmpty() ? tr("No picture") : tr("The project's picture"));
    m_removePicture->setEnabled(!m_image.isEmpty());
}

void ProjectDialog::showTranslation()
{
    const int row = std::max(0, m_translationTable->currentIndex().row());
    const auto &language = ProjectTranslationModel::languages()[size_t(row)];
    m_translationTitleLabel->setText(tr("T&itle in %1:").arg(language.nativeName));
    m_translationDescriptionLabel->setText(tr("D&escription in %1:").arg(language.nativeName));
    for (QWidget *editor : std::initializer_list<QWidget *>{m_translationTitle, m_translationDescription})
        editor->setLayoutDirection(language.direction);
    // The description's paragraphs start on the language's side too.
    QTextOption option = m_translationDescription->document()->defaultTextOption();
    option.setTextDirection(language.direction);
    option.setAlignment(Qt::AlignAbsolute | (language.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    m_translationDescription->document()->setDefaultTextOption(option);
    const QString title = m_translations->index(row, ProjectTranslationModel::TitleColumn).data(Qt::EditRole).toString();
    const QString description =
        m_translations->index(row, ProjectTranslationModel::DescriptionColumn).data(Qt::EditRole).toString();
    if (m_translationTitle->text() != title)
        m_translationTitle->setText(title);
    if (m_translationDescription->toPlainText() != description) {
        const QSignalBlocker block(m_translationDescription);
        m_translationDescription->setPlainText(description);
    }
}

void ProjectDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ProjectDialog::accept()
{
    const Project p = project();
    if (p.cost < 0) {
        m_tabs->setCurrentIndex(0);
        return showError(tr("The cost must be an amount above zero, like 125 000 or 125 000.50."));
    }
    // Core decides, against the round as it is without the edited project.
    Round others = m_round;
    for (std::vector<Project> *list : {&others.projects, &others.offBallot}) {
        std::erase_if(*list, [this](const Project &q) { return !m_editingId.isEmpty() && q.id == m_editingId; });
    }
    Status status = others.checkProject(p);
    if (status) {
        // The round-wide checks too: an id used twice, a category not in the round's list.
        (p.status == ProjectStatus::Ballot ? others.projects : others.offBallot).push_back(p);
        status = others.validate();
    }
    if (!status) {
        m_tabs->setCurrentIndex(0);
        return showError(status.error());
    }
    if (Status s = m_translations->check(); !s) {
        m_tabs->setCurrentIndex(1);
        return showError(s.error());
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace pbvote::console
