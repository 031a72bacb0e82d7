#pragma once

#include "model/Round.h"
#include "store/BallotStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pbvote::console {

class KioskTableModel;

// A round's kiosks: the table (KioskTableModel: counts only, never ballot content) and
// the buttons to register, revoke or reinstate, and remove one. The page changes
// nothing itself: the buttons emit requests that the window carries out through the
// store (which refuses what is not allowed), then calls reload(). Buttons follow the
// round's state and the selection; a disabled one says why in its tool tip.
class KiosksPage : public QWidget
{
    Q_OBJECT
public:
    explicit KiosksPage(QWidget *parent = nullptr);

    // Shows `round`'s kiosks as `store` has them. A null store or a round with id 0:
    // nothing chosen. The store must outlive the page or the next setRound().
    void setRound(const Round &round, const store::BallotStore *store);
    QString selectedKioskId() const; // empty when none is chosen
    void selectKiosk(const QString &kioskId);

    KioskTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *registerButton() const { return m_register; }
    QPushButton *revokeButton() const { return m_revoke; }
    QPushButton *removeButton() const { return m_remove; }

public slots:
    // Reads the kiosks again (after a change), keeping the chosen one.
    void reload();

signals:
    void registerRequested();
    // revoke: true to revoke the kiosk, false to reinstate it.
    void revokeRequested(const QString &kioskId, bool revoke);
    void removeRequested(const QString &kioskId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void requestRevoke();

    Round m_round;
    const store::BallotStore *m_store = nullptr;
    QString m_loadError;
    KioskTableModel *m_model;
    QTableView *m_view;
    QLabel *m_intro;
    QLabel *m_state;
    QPushButton *m_register;
    QPushButton *m_revoke;
    QPushButton *m_remove;
};

} // namespace pbvote::console
