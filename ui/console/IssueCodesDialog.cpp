#include "IssueCodesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace pbvote::console {

namespace {
// A line edit with a "Browse…" button after it (before it in right-to-left layouts).
QWidget *withBrowse(QLineEdit *edit, QPushButton *browse, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

// The path already chosen, or `fileName` in the user's documents.
QString suggestedPath(const QString &current, const QString &fileName)
{
    if (!current.isEmpty())
        return current;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName);
}
} // namespace

IssueCodesDialog::IssueCodesDialog(const Round &round, QWidget *parent)
    : QDialog(parent),
      m_round(round),
      m_count(new QSpinBox(this)),
      m_label(new QLineEdit(this)),
      m_district(new QComboBox(this)),
      m_pdf(new QLineEdit(this)),
      m_csv(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Issue access codes for %1").arg(round.name));
    m_count->setObjectName(u"codeCount"_qs);
    m_label->setObjectName(u"codeLabel"_qs);
    m_district->setObjectName(u"codeDistrict"_qs);
    m_pdf->setObjectName(u"codePdfPath"_qs);
    m_csv->setObjectName(u"codeCsvPath"_qs);
    m_problem->setObjectName(u"codesProblem"_qs);

    m_count->setRange(1, MaxCodes);
    m_count->setValue(100);
    m_count->setGroupSeparatorShown(true);
    m_label->setPlaceholderText(tr("e.g. Central Library, week 1"));
    m_district->addItem(tr("City-wide"), QString());
    for (const District &d : round.districts)
        m_district->addItem(d.name, d.id);
    m_pdf->setPlaceholderText(tr("A sheet of slips to print"));
    m_csv->setPlaceholderText(tr("A spreadsheet of the codes"));
    auto *pdfBrowse = new QPushButton(tr("&Browse…"), this);
    pdfBrowse->setObjectName(u"codePdfBrowse"_qs);
    pdfBrowse->setAccessibleName(tr("Choose the PDF file"));
    auto *csvBrowse = new QPushButton(tr("Bro&wse…"), this);
    csvBrowse->setObjectName(u"codeCsvBrowse"_qs);
    csvBrowse->setAccessibleName(tr("Choose the CSV file"));
    connect(pdfBrowse, &QPushButton::clicked, this, &IssueCodesDialog::browsePdf);
    connect(csvBrowse, &QPushButton::clicked, this, &IssueCodesDialog::browseCsv);

    auto *intro = new QLabel(tr("Each code lets one resident vote once. A code of a district's batch votes on that "
                                "district's ballot."),
                             this);
    intro->setWordWrap(true);
    auto *notice = new QLabel(tr("The codes are shown only once, in the files written now: the database keeps only "
                                 "their hashes, so they cannot be printed again. Keep the files safe until the slips "
                                 "are handed out."),
                              this);
    notice->setObjectName(u"codesNotice"_qs);
    notice->setWordWrap(true);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Number of codes:"), m_count);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&District:"), m_district);
    form->addRow(tr("&PDF sheet:"), withBrowse(m_pdf, pdfBrowse, this));
    form->addRow(tr("&CSV file:"), withBrowse(m_csv, csvBrowse, this));
    // The rows' labels name the line edits (withBrowse put them inside a row widget).
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(m_pdf->parentWidget())))
        l->setBuddy(m_pdf);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(m_csv->parentWidget())))
        l->setBuddy(m_csv);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue codes"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IssueCodesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IssueCodesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(notice);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_pdf, &QLineEdit::textChanged, this, &IssueCodesDialog::validate);
    connect(m_csv, &QLineEdit::textChanged, this, &IssueCodesDialog::validate);
    validate();
    // Wide enough for a path or a key on a line or two, in the user's font (narrower on
    // request: nothing has a fixed width).
    const int width = std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 72);
    resize(width, std::max(sizeHint().height(), layout->totalHeightForWidth(width)));
}

int IssueCodesDialog::count() const
{
    return m_count->value();
}

QString IssueCodesDialog::label() const
{
    return m_label->text().trimmed();
}

QString IssueCodesDialog::district() const
{
    return m_district->currentData().toString();
}

QString IssueCodesDialog::pdfPath() const
{
    return m_pdf->text().trimmed();
}

QString IssueCodesDialog::csvPath() const
{
    return m_csv->text().trimmed();
}

store::CodeBatchOptions IssueCodesDialog::options() const
{
    store::CodeBatchOptions o;
    o.label = label();
    o.district = district();
    return o;
}

QString IssueCodesDialog::problem() const
{
    if (pdfPath().isEmpty() && csvPath().isEmpty())
        return tr("Choose where the codes go: a PDF sheet, a CSV file or both.");
    if (!pdfPath().isEmpty() && QFileInfo(pdfPath()).absoluteFilePath() == QFileInfo(csvPath()).absoluteFilePath())
        return tr("The PDF sheet and the CSV file must be two different files.");
    return {};
}

void IssueCodesDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void IssueCodesDialog::browsePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the code slips (PDF, to print)"),
        suggestedPath(pdfPath(), u"round-%1-codes.pdf"_qs.arg(m_round.id)), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        m_pdf->setText(QDir::toNativeSeparators(path));
}

void IssueCodesDialog::browseCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the codes (CSV)"), suggestedPath(csvPath(), u"round-%1-codes.csv"_qs.arg(m_round.id)),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_csv->setText(QDir::toNativeSeparators(path));
}

} // namespace pbvote::console
