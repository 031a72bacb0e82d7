#include "RoundSettingsDialog.h"

#include "MoneyText.h"
#include "rules/RuleRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardItemModel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pbvote::console {

namespace {

// The category's name when the dialog opened (empty for a category added here).
constexpr int OriginalNameRole = Qt::UserRole + 1;

QDateTime wholeMinutes(QDateTime t)
{
    const QTime time = t.time();
    t.setTime(QTime(time.hour(), time.minute()));
    return t;
}

// The locale's short date and time, with the year in full (a voting period may be read
// years later, in the election record).
QString dateTimeFormat(const QLocale &locale)
{
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(u"yyyy"_qs))
        date.replace(u"yy"_qs, u"yyyy"_qs);
    return date + u' ' + locale.timeFormat(QLocale::ShortFormat);
}

} // namespace

QString RoundSettingsDialog::kindText(BallotKind kind)
{
    // The console window's words (its translations) for the same thing.
    switch (kind) {
    case BallotKind::Approval:
        return QCoreApplication::translate("pbvote::console::ConsoleWindow", "approval (tick projects)");
    case BallotKind::Knapsack:
        return QCoreApplication::translate("pbvote::console::ConsoleWindow", "knapsack (projects within the budget)");
    case BallotKind::Cumulative:
        return QCoreApplication::translate("pbvote::console::ConsoleWindow", "cumulative (spread points)");
    case BallotKind::Ordinal:
        return QCoreApplication::translate("pbvote::console::ConsoleWindow", "ranking");
    }
    return {};
}

RoundSettingsDialog::RoundSettingsDialog(const store::RoundSettings &initial, bool newRound, QWidget *parent)
    : QDialog(parent),
      m_newRound(newRound),
      m_readOnlyReason(new QLabel(this)),
      m_name(new QLineEdit(initial.name, this)),
      m_budgetLabel(new QLabel(this)),
      m_budget(new QLineEdit(this)),
      m_currency(new QLineEdit(initial.currency, this)),
      m_rule(new QComboBox(this)),
      m_ruleDescription(new QLabel(this)),
      m_noPeriod(new QCheckBox(tr("No planned period yet"), this)),
      m_opens(new QDateTimeEdit(this)),
      m_closes(new QDateTimeEdit(this)),
      m_timeZone(new QLabel(this)),
      m_categories(new QStandardItemModel(this)),
      m_categoryList(new QListView(this)),
      m_newCategory(new QLineEdit(this)),
      m_addCategory(new QPushButton(tr("&Add"), this)),
      m_renameCategory(new QPushButton(tr("R&ename"), this)),
      m_removeCategory(new QPushButton(tr("Remo&ve"), this)),
      m_categoryUp(new QPushButton(tr("Move u&p"), this)),
      m_categoryDown(new QPushButton(tr("Move do&wn"), this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(newRound ? tr("New round") : tr("Round settings: %1").arg(initial.name));
    m_readOnlyReason->setObjectName(u"readOnlyReason"_qs);
    m_name->setObjectName(u"roundName"_qs);
    m_budget->setObjectName(u"roundBudget"_qs);
    m_currency->setObjectName(u"roundCurrency"_qs);
    m_rule->setObjectName(u"tallyRule"_qs);
    m_ruleDescription->setObjectName(u"tallyRuleDescription"_qs);
    m_noPeriod->setObjectName(u"noVotingPeriod"_qs);
    m_opens->setObjectName(u"votingOpens"_qs);
    m_closes->setObjectName(u"votingCloses"_qs);
    m_categoryList->setObjectName(u"roundCategories"_qs);
    m_newCategory->setObjectName(u"newCategory"_qs);
    m_addCategory->setObjectName(u"addCategory"_qs);
    m_renameCategory->setObjectName(u"renameCategory"_qs);
    m_removeCategory->setObjectName(u"removeCategory"_qs);
    m_categoryUp->setObjectName(u"moveCategoryUp"_qs);
    m_categoryDown->setObjectName(u"moveCategoryDown"_qs);
    m_error->setObjectName(u"roundError"_qs);

    for (QLabel *label : {m_readOnlyReason, m_ruleDescription, m_timeZone, m_error})
        label->setWordWrap(true);
    m_readOnlyReason->hide();
    QFont reasonFont = m_readOnlyReason->font();
    reasonFont.setBold(true);
    m_readOnlyReason->setFont(reasonFont);
    m_error->hide();
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_readOnlyReason, m_ruleDescription, m_error})
        label->setTextFormat(Qt::PlainText); // core's and rules' words, never markup

    // Name, money, method.
    m_name->setPlaceholderText(tr("e.g. Participatory Budget 2027"));
    m_budget->setPlaceholderText(tr("e.g. 1 500 000 or 1 500 000.50"));
    if (!newRound || initial.budget != 0)
        m_budget->setText(moneyText(initial.budget));
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_qs), m_currency));
    m_currency->setToolTip(tr("Three letters, as on bank statements: EUR, USD, PLN, VND"));
    m_budgetLabel->setBuddy(m_budget);
    updateBudgetLabel();
    connect(m_currency, &QLineEdit::textChanged, this, &RoundSettingsDialog::updateBudgetLabel);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_budgetLabel, m_budget);
    form->addRow(tr("C&urrency:"), m_currency);
    if (newRound) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(u"votingMethod"_qs);
        for (BallotKind k : {BallotKind::Knapsack, BallotKind::Approval, BallotKind::Cumulative, BallotKind::Ordinal})
            m_kind->addItem(kindText(k), int(k));
        form->addRow(tr("Voting &method:"), m_kind);
    }

    // The counting rule, with what it does in words.
    m_rule->addItem(tr("Not chosen yet"), QString());
    for (const counting::RuleInfo &rule : counting::allRules())
        m_rule->addItem(rule.title, rule.name);
    int ruleIndex = m_rule->findData(initial.tallyRule);
    if (ruleIndex < 0) { // a rule this version does not know: kept, and said so
        m_rule->addItem(tr("%1 (a rule this version does not know)").arg(initial.tallyRule), initial.tallyRule);
        ruleIndex = m_rule->count() - 1;
    }
    m_rule->setCurrentIndex(ruleIndex);
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rule->setMinimumContentsLength(12);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &RoundSettingsDialog::updateRuleDescription);
    updateRuleDescription();
    form->addRow(tr("Counting &rule:"), m_rule);

    // The voting period: shown in local time, kept in UTC.
    const QDateTime tomorrow = QDateTime(QDate::currentDate().addDays(1), QTime(9, 0));
    const bool planned = initial.votingOpens.isValid() || initial.votingCloses.isValid();
    const QDateTime opens = initial.votingOpens.isValid() ? initial.votingOpens.toLocalTime() : tomorrow;
    const QDateTime closes = initial.votingCloses.isValid() ? initial.votingCloses.toLocalTime()
                                                            : QDateTime(opens.date().addDays(14), QTime(20, 0));
    for (QDateTimeEdit *edit : {m_opens, m_closes}) {
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::LocalTime);
        edit->setDisplayFormat(dateTimeFormat(locale()));
    }
    m_opens->setDateTime(opens);
    m_closes->setDateTime(closes);
    m_noPeriod->setChecked(!planned);
    connect(m_noPeriod, &QCheckBox::toggled, this, &RoundSettingsDialog::updatePeriod);
    // The zone's name rather than an abbreviation that changes with summer time.
    QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (zone.isEmpty())
        zone = QDateTime::currentDateTime().timeZoneAbbreviation();
    m_timeZone->setText(tr("Times are local (%1); the round keeps them in UTC.").arg(zone));
    updatePeriod();
    auto *period = new QGroupBox(tr("Voting period"), this);
    auto *periodForm = new QFormLayout;
    periodForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    periodForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    periodForm->addRow(m_noPeriod);
    periodForm->addRow(tr("&Opens:"), m_opens);
    periodForm->addRow(tr("C&loses:"), m_closes);
    periodForm->addRow(m_timeZone);
    period->setLayout(periodForm);

    // Categories: a short list the organizer edits in place.
    for (const QString &name : initial.categories) {
        auto *item = new QStandardItem(name);
        item->setData(name, OriginalNameRole);
        m_categories->appendRow(item);
    }
    m_categoryList->setModel(m_categories);
    m_categoryList->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::SelectedClicked);
    m_categoryList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_newCategory->setPlaceholderText(tr("New category, e.g. Green spaces"));
    connect(m_newCategory, &QLineEdit::textChanged, this, &RoundSettingsDialog::updateCategoryButtons);
    connect(m_addCategory, &QPushButton::clicked, this, &RoundSettingsDialog::addCategory);
    connect(m_renameCategory, &QPushButton::clicked, this, &RoundSettingsDialog::renameCategory);
    connect(m_removeCategory, &QPushButton::clicked, this, &RoundSettingsDialog::removeCategory);
    connect(m_categoryUp, &QPushButton::clicked, this, [this] { moveCategory(-1); });
    connect(m_categoryDown, &QPushButton::clicked, this, [this] { moveCategory(+1); });
    connect(m_categoryList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RoundSettingsDialog::updateCategoryButtons);
    connect(m_categories, &QAbstractItemModel::rowsRemoved, this, &RoundSettingsDialog::updateCategoryButtons);
    m_newCategory->installEventFilter(this); // Enter adds the category, not OK
    for (QPushButton *b : {m_addCategory, m_renameCategory, m_removeCategory, m_categoryUp, m_categoryDown})
        b->setAutoDefault(false);
    updateCategoryButtons();
    auto *categories = new QGroupBox(tr("Categories"), this);
    auto *categoryHint = new QLabel(tr("When the list has categories, each project is in one of them (or in none). "
                                       "With an empty list, projects name their own."),
                                    this);
    categoryHint->setWordWrap(true);
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_renameCategory, 0, 0);
    listButtons->addWidget(m_removeCategory, 0, 1);
    listButtons->addWidget(m_categoryUp, 1, 0);
    listButtons->addWidget(m_categoryDown, 1, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newCategory, 1);
    addRow->addWidget(m_addCategory);
    auto *categoryLayout = new QVBoxLayout(categories);
    categoryLayout->addWidget(categoryHint);
    categoryLayout->addWidget(m_categoryList, 1);
    categoryLayout->addLayout(listButtons);
    categoryLayout->addLayout(addRow);
    m_categoryList->setMinimumHeight(m_categoryList->fontMetrics().height() * 5);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoundSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RoundSettingsDialog::reject);

    // General settings and the period on one side, categories on the other (mirrored
    // for right-to-left languages by the layout).
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_ruleDescription);
    left->addWidget(period);
    left->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(categories, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyReason);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // Room for the rule's description and longer translations: a width in the font's
    // terms, and the height the word-wrapped labels need at that width.
    const int width = std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 100);
    resize(width, layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height());
}

void RoundSettingsDialog::updateBudgetLabel()
{
    const QString currency = m_currency->text().trimmed().toUpper();
    m_budgetLabel->setText(currency.isEmpty() ? tr("&Budget:") : tr("&Budget (%1):").arg(currency));
}

void RoundSettingsDialog::updateRuleDescription()
{
    const counting::RuleInfo *rule = counting::findRule(m_rule->currentData().toString());
    if (rule)
        m_ruleDescription->setText(rule->description);
    else if (m_rule->currentData().toString().isEmpty())
        m_ruleDescription->setText(tr("Choose the counting rule before voting opens: the official result is counted "
                                      "with it, and the published results name it."));
    else
        m_ruleDescription->setText(tr("This version of pbvote cannot count with this rule."));
}

void RoundSettingsDialog::updatePeriod()
{
    const bool planned = !m_noPeriod->isChecked() && !m_readOnly;
    m_opens->setEnabled(planned);
    m_closes->setEnabled(planned);
}

void RoundSettingsDialog::updateCategoryButtons()
{
    const QModelIndex current = m_categoryList->currentIndex();
    const bool editable = !m_readOnly;
    m_addCategory->setEnabled(editable && !m_newCategory->text().trimmed().isEmpty());
    m_renameCategory->setEnabled(editable && current.isValid());
    m_removeCategory->setEnabled(editable && current.isValid());
    m_categoryUp->setEnabled(editable && current.isValid() && current.row() > 0);
    m_categoryDown->setEnabled(editable && current.isValid() && current.row() + 1 < m_categories->rowCount());
}

bool RoundSettingsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_newCategory && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_newCategory->text().trimmed().isEmpty()) {
            addCategory();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RoundSettingsDialog::addCategory()
{
    const QString name = m_newCategory->text().trimmed();
    if (name.isEmpty() || m_readOnly)
        return;
    m_categories->appendRow(new QStandardItem(name));
    m_categoryList->setCurrentIndex(m_categories->index(m_categories->rowCount() - 1, 0));
    m_newCategory->clear();
    updateCategoryButtons();
}

void RoundSettingsDialog::renameCategory()
{
    const QModelIndex current = m_categoryList->currentIndex();
    if (current.isValid() && !m_readOnly)
        m_categoryList->edit(current);
}

void RoundSettingsDialog::removeCategory()
{
    const QModelIndex current = m_categoryList->currentIndex();
    if (current.isValid() && !m_readOnly)
        m_categories->removeRow(current.row());
}

void RoundSettingsDialog::moveCategory(int by)
{
    const QModelIndex current = m_categoryList->currentIndex();
    const int to = current.row() + by;
    if (!current.isValid() || m_readOnly || to < 0 || to >= m_categories->rowCount())
        return;
    const QList<QStandardItem *> row = m_categories->takeRow(current.row());
    m_categories->insertRow(to, row);
    m_categoryList->setCurrentIndex(m_categories->index(to, 0));
    updateCategoryButtons();
}

store::RoundSettings RoundSettingsDialog::settings() const
{
    store::RoundSettings s;
    s.name = m_name->text().trimmed();
    s.currency = m_currency->text().trimmed().toUpper();
    s.budget = parseMoneyText(m_budget->text()).value_or(-1);
    for (int row = 0; row < m_categories->rowCount(); ++row)
        s.categories << m_categories->item(row)->text().trimmed();
    if (!m_noPeriod->isChecked()) {
        s.votingOpens = wholeMinutes(m_opens->dateTime()).toUTC();
        s.votingCloses = wholeMinutes(m_closes->dateTime()).toUTC();
    }
    s.tallyRule = m_rule->currentData().toString();
    return s;
}

BallotKind RoundSettingsDialog::kind() const
{
    return m_kind ? BallotKind(m_kind->currentData().toInt()) : BallotKind::Knapsack;
}

void RoundSettingsDialog::setRound(const Round &round)
{
    m_round = round;
}

std::map<QString, QString> RoundSettingsDialog::categoryRenames() const
{
    std::map<QString, QString> renames;
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        const QStandardItem *item = m_categories->item(row);
        const QString original = item->data(OriginalNameRole).toString();
        const QString now = item->text().trimmed();
        if (!original.isEmpty() && original != now)
            renames[original] = now;
    }
    return renames;
}

void RoundSettingsDialog::setReadOnly(const QString &why)
{
    m_readOnly = true;
    m_readOnlyReason->setText(why);
    m_readOnlyReason->show();
    m_error->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_budget, m_currency, m_rule, m_noPeriod, m_opens,
                                                      m_closes, m_categoryList, m_newCategory})
        w->setEnabled(false);
    if (m_kind)
        m_kind->setEnabled(false);
    m_categoryList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    updateCategoryButtons();
    updatePeriod();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}

void RoundSettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void RoundSettingsDialog::accept()
{
    if (m_readOnly)
        return QDialog::reject(); // nothing to change
    const store::RoundSettings s = settings();
    if (s.budget < 0)
        return showError(tr("The budget must be an amount such as 1 500 000 or 1 500 000.50."));
    // Core decides: the round as it would be with these settings.
    Round r = m_round.value_or(Round());
    r.name = s.name;
    r.currency = s.currency;
    r.budget = s.budget;
    r.categories = s.categories;
    r.votingOpens = s.votingOpens;
    r.votingCloses = s.votingCloses;
    r.tallyRule = s.tallyRule;
    if (!m_round) {
        r.rules.kind = kind();
        if (r.rules.kind == BallotKind::Cumulative)
            r.rules.totalPoints = 10; // as a new round starts; the voting rules change it
    }
    const std::map<QString, QString> renames = categoryRenames();
    for (std::vector<Project> *list : {&r.projects, &r.offBallot}) {
        for (Project &p : *list) {
            if (const auto renamed = renames.find(p.category); renamed != renames.end())
                p.category = renamed->second;
        }
    }
    if (Status status = r.validate(); !status)
        return showError(status.error());
    m_error->hide();
    QDialog::accept();
}

} // namespace pbvote::console
