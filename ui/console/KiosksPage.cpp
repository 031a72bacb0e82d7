#include "KiosksPage.h"

#include "KioskTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pbvote::console {

KiosksPage::KiosksPage(QWidget *parent)
    : QWidget(parent),
      m_model(new KioskTableModel(this)),
      m_view(new QTableView(this)),
      m_intro(new QLabel(this)),
      m_state(new QLabel(this)),
      m_register(new QPushButton(this)),
      m_revoke(new QPushButton(this)),
      m_remove(new QPushButton(this))
{
    m_view->setObjectName(u"kioskTable"_qs);
    m_intro->setObjectName(u"kiosksIntro"_qs);
    m_state->setObjectName(u"kiosksState"_qs);
    m_register->setObjectName(u"registerKioskButton"_qs);
    m_revoke->setObjectName(u"revokeKioskButton"_qs);
    m_remove->setObjectName(u"removeKioskButton"_qs);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(KioskTableModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(KioskTableModel::LocationColumn, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KiosksPage::updateButtons);

    m_intro->setWordWrap(true);
    m_state->setWordWrap(true);

    connect(m_register, &QPushButton::clicked, this, &KiosksPage::registerRequested);
    connect(m_revoke, &QPushButton::clicked, this, &KiosksPage::requestRevoke);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedKioskId(); !id.isEmpty())
            emit removeRequested(id);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_register);
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_state);
    layout->addLayout(buttons);

    retranslate();
}

void KiosksPage::setRound(const Round &round, const store::BallotStore *store)
{
    m_round = round;
    m_store = store;
    reload();
}

void KiosksPage::reload()
{
    const QString chosen = selectedKioskId();
    m_loadError.clear();
    if (m_store && m_round.id != 0) {
        if (Status s = m_model->reload(*m_store, m_round.id); !s)
            m_loadError = s.error();
    } else {
        m_model->clear();
    }
    selectKiosk(chosen);
    updateButtons();
}

QString KiosksPage::selectedKioskId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->kioskId(rows.first().row());
}

void KiosksPage::selectKiosk(const QString &kioskId)
{
    const int row = kioskId.isEmpty() ? -1 : m_model->rowOf(kioskId);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->selectRow(row);
}

void KiosksPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void KiosksPage::retranslate()
{
    m_intro->setText(tr("Each kiosk signs the ballots cast on it with its own key. Here you see how many ballots "
                        "each one holds and reports, never what they say."));
    m_register->setText(tr("&Register kiosk…"));
    m_remove->setText(tr("Re&move"));
    m_view->setAccessibleName(tr("Kiosks of the round"));
    reload(); // the table's words and numbers in the new language; updates the buttons
}

void KiosksPage::requestRevoke()
{
    const int row = m_model->rowOf(selectedKioskId());
    if (row < 0)
        return;
    emit revokeRequested(m_model->kioskId(row), !m_model->kiosk(row).revoked);
}

void KiosksPage::updateButtons()
{
    const bool haveRound = m_store && m_round.id != 0;
    const RoundState state = m_round.state;
    const bool draft = haveRound && state == RoundState::Draft;
    const bool voting = haveRound
        && (state == RoundState::Open || state == RoundState::Suspended || state == RoundState::Closed);
    const int row = m_model->rowOf(selectedKioskId());
    const bool chosen = row >= 0;
    const bool revoked = chosen && m_model->kiosk(row).revoked;
    const QString noRound = tr("Choose or create a round first.");
    const QString noKiosk = tr("Choose a kiosk in the table first.");

    m_register->setEnabled(draft);
    m_register->setToolTip(!haveRound ? noRound
                               : draft ? tr("Add a kiosk by the public key made on it.")
                                       : tr("Kiosks are registered while the round is a draft: the opened round's "
                                            "signed manifest lists them."));

    m_revoke->setText(revoked ? tr("Rein&state") : tr("Re&voke…"));
    m_revoke->setEnabled(voting && chosen);
    QString revokeTip;
    if (!haveRound)
        revokeTip = noRound;
    else if (draft)
        revokeTip = tr("Kiosks are revoked once voting has opened; while the round is a draft, remove the kiosk "
                       "instead.");
    else if (!voting)
        revokeTip = tr("The votes are counted: a kiosk can no longer be revoked or reinstated.");
    else if (!chosen)
        revokeTip = noKiosk;
    else if (revoked)
        revokeTip = tr("Let this kiosk accept ballots again and count its ballots.");
    else
        revokeTip = tr("Stop this kiosk: it can accept no more ballots and its ballots are not counted (they stay "
                       "stored).");
    m_revoke->setToolTip(revokeTip);

    m_remove->setEnabled(draft && chosen);
    QString removeTip;
    if (!haveRound)
        removeTip = noRound;
    else if (voting)
        removeTip = tr("Kiosks can only be removed while the round is a draft; revoke it instead.");
    else if (!draft)
        removeTip = tr("Kiosks can only be removed while the round is a draft.");
    else if (!chosen)
        removeTip = noKiosk;
    else
        removeTip = tr("Take the chosen kiosk off this round.");
    m_remove->setToolTip(removeTip);

    QString stateText;
    if (!m_loadError.isEmpty())
        stateText = tr("The kiosks cannot be read: %1").arg(m_loadError);
    else if (!haveRound)
        stateText = noRound;
    else if (draft)
        stateText = tr("Register every kiosk before voting opens: the round's signed manifest lists them.");
    else if (voting)
        stateText = tr("No kiosk can be added once voting has opened. A revoked kiosk accepts no more ballots and its "
                       "ballots are not counted.");
    else
        stateText = tr("The votes are counted: the kiosks can no longer change.");
    m_state->setText(stateText);
}

} // namespace pbvote::console
