#include "ProjectDialog.h"

#include "util/Money.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pbvote::console {

ProjectDialog::ProjectDialog(const Round &round, QWidget *parent, const Project *existing)
    : QDialog(parent),
      m_round(round),
      m_id(new QLineEdit(this)),
      m_title(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)),
      m_cost(new QLineEdit(this)),
      m_category(new QLineEdit(this)),
      m_district(new QComboBox(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Add a project"));
    m_id->setObjectName(u"projectId"_qs);
    m_title->setObjectName(u"projectTitle"_qs);
    m_description->setObjectName(u"projectDescription"_qs);
    m_cost->setObjectName(u"projectCost"_qs);
    m_category->setObjectName(u"projectCategory"_qs);
    m_district->setObjectName(u"projectDistrict"_qs);
    m_error->setObjectName(u"projectError"_qs);
    m_id->setPlaceholderText(tr("e.g. P13"));
    m_cost->setPlaceholderText(tr("e.g. 125000.00"));
    m_district->addItem(tr("City-wide"), QString());
    for (const District &d : round.districts)
        m_district->addItem(d.name, d.id);
    m_error->setWordWrap(true);
    m_error->hide();
    if (existing) {
        setWindowTitle(tr("Edit project %1").arg(existing->id));
        m_editing = round.projectIndex(existing->id);
        m_id->setText(existing->id);
        m_id->setReadOnly(true); // ballots and pictures refer to it
        m_title->setText(existing->title);
        m_description->setPlainText(existing->description);
        m_cost->setText(u"%1.%2"_qs.arg(existing->cost / 100).arg(existing->cost % 100, 2, 10, QLatin1Char('0')));
        m_category->setText(existing->category);
        m_district->setCurrentIndex(std::max(0, m_district->findData(existing->district)));
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("C&ost (%1):").arg(round.currency), m_cost);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Dis&trict:"), m_district);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProjectDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Project ProjectDialog::project() const
{
    Project p;
    p.id = m_id->text().trimmed();
    p.title = m_title->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    int64_t cents = 0;
    // Whole currency units or with cents: "125000", "125,000.50".
    QString text = m_cost->text().trimmed();
    const qsizetype dot = text.lastIndexOf(u'.');
    if (dot >= 0 && text.size() - dot - 1 == 2) {
        int64_t units = 0;
        if (parseMoney(text.left(dot), &units)) {
            bool ok = false;
            const int c = text.mid(dot + 1).toInt(&ok);
            cents = ok ? units * 100 + c : -1;
        } else {
            cents = -1;
        }
    } else if (int64_t units = 0; parseMoney(text, &units)) {
        cents = units * 100;
    } else {
        cents = -1;
    }
    p.cost = cents;
    p.category = m_category->text().trimmed();
    p.district = m_district->currentData().toString();
    return p;
}

void ProjectDialog::accept()
{
    const Project p = project();
    QString problem;
    if (p.id.isEmpty() || p.title.isEmpty())
        problem = tr("A project needs an id and a title.");
    else if (p.cost <= 0)
        problem = tr("The cost must be an amount above zero, like 125000 or 125000.50.");
    if (problem.isEmpty()) {
        Round changed = m_round;
        if (m_editing >= 0)
            changed.projects[size_t(m_editing)] = p;
        else
            changed.projects.push_back(p);
        if (Status s = changed.validate(); !s)
            problem = s.error();
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace pbvote::console
