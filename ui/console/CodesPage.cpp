#include "CodesPage.h"

#include "CodeBatchModel.h"

#include "util/Money.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pbvote::console {

CodesPage::CodesPage(QWidget *parent)
    : QWidget(parent),
      m_model(new CodeBatchModel(this)),
      m_view(new QTableView(this)),
      m_intro(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_issue(new QPushButton(this)),
      m_void(new QPushButton(this))
{
    m_view->setObjectName(u"codeBatchTable"_qs);
    m_intro->setObjectName(u"codesIntro"_qs);
    m_summary->setObjectName(u"codesSummary"_qs);
    m_issue->setObjectName(u"issueCodesButton"_qs);
    m_void->setObjectName(u"voidBatchButton"_qs);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CodeBatchModel::LabelColumn, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CodesPage::updateButtons);

    m_intro->setWordWrap(true);
    m_summary->setWordWrap(true);

    connect(m_issue, &QPushButton::clicked, this, &CodesPage::issueRequested);
    connect(m_void, &QPushButton::clicked, this, &CodesPage::requestVoid);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_issue);
    buttons->addWidget(m_void);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);

    retranslate();
}

void CodesPage::setRound(const Round &round, const store::BallotStore *store)
{
    m_round = round;
    m_store = store;
    m_imported = false;
    if (m_store && m_round.id != 0) {
        auto source = m_store->importSource(m_round.id);
        m_imported = source && !source->isEmpty();
    }
    reload();
}

void CodesPage::reload()
{
    const int chosen = selectedBatch();
    m_loadError.clear();
    if (m_store && m_round.id != 0) {
        if (Status s = m_model->reload(*m_store, m_round.id); !s)
            m_loadError = s.error();
    } else {
        m_model->clear();
    }
    selectBatch(chosen);
    updateButtons();
}

int CodesPage::selectedBatch() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_model->batchNumber(rows.first().row());
}

void CodesPage::selectBatch(int batchNumber)
{
    const int row = batchNumber < 0 ? -1 : m_model->rowOf(batchNumber);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->selectRow(row);
}

void CodesPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void CodesPage::retranslate()
{
    m_intro->setText(tr("Access codes are issued in batches, e.g. one per place and week. Each code lets one "
                        "resident vote once; the database keeps only their hashes. Voiding a batch refuses its "
                        "unused codes, e.g. when slips were lost."));
    m_issue->setText(tr("&Issue codes…"));
    m_view->setAccessibleName(tr("Batches of access codes"));
    reload();
}

void CodesPage::requestVoid()
{
    const int row = m_model->rowOf(selectedBatch());
    if (row < 0)
        return;
    emit voidRequested(m_model->batchNumber(row), !m_model->batch(row).voided);
}

void CodesPage::updateButtons()
{
    const bool haveRound = m_store && m_round.id != 0;
    const RoundState state = m_round.state;
    const bool beforeClose = haveRound
        && (state == RoundState::Draft || state == RoundState::Open || state == RoundState::Suspended);
    const int row = m_model->rowOf(selectedBatch());
    const bool chosen = row >= 0;
    const bool voided = chosen && m_model->batch(row).voided;
    const QString noRound = tr("Choose or create a round first.");

    const bool issuing = beforeClose && !m_imported;
    m_issue->setEnabled(issuing);
    QString issueTip;
    if (!haveRound)
        issueTip = noRound;
    else if (m_imported)
        issueTip = tr("This round was imported for analysis: it is not voted with access codes.");
    else if (!beforeClose)
        issueTip = tr("Voting has closed: no more codes can be issued.");
    else
        issueTip = tr("Make one-time codes and write them as slips to print and/or a CSV file.");
    m_issue->setToolTip(issueTip);

    m_void->setText(voided ? tr("&Restore batch") : tr("&Void batch…"));
    m_void->setEnabled(beforeClose && chosen);
    QString voidTip;
    if (!haveRound)
        voidTip = noRound;
    else if (!beforeClose)
        voidTip = tr("Voting has closed: a batch can no longer be voided or restored.");
    else if (!chosen)
        voidTip = tr("Choose a batch in the table first.");
    else if (voided)
        voidTip = tr("Accept the batch's unused codes again.");
    else
        voidTip = tr("Refuse the batch's unused codes, e.g. when its slips were lost (used codes stay used).");
    m_void->setToolTip(voidTip);

    if (!m_loadError.isEmpty())
        m_summary->setText(tr("The access codes cannot be read: %1").arg(m_loadError));
    else if (!haveRound)
        m_summary->setText(noRound);
    else
        m_summary->setText(tr("Codes issued: %1. Used: %2. Unused: %3.")
                               .arg(formatCount(m_model->totalIssued()), formatCount(m_model->totalUsed()),
                                    formatCount(m_model->totalIssued() - m_model->totalUsed())));
}

} // namespace pbvote::console
