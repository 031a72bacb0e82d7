#pragma once

#include "model/Round.h"
#include "store/BallotStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pbvote::console {

class CodeBatchModel;

// A round's access codes: the batches (CodeBatchModel: how many issued, used, unused;
// never a code) and the buttons to issue a batch and to void or restore one. The page
// changes nothing itself: the buttons emit requests that the window carries out through
// the store (which refuses what is not allowed), then calls reload(). Buttons follow the
// round's state and the selection; a disabled one says why in its tool tip.
class CodesPage : public QWidget
{
    Q_OBJECT
public:
    explicit CodesPage(QWidget *parent = nullptr);

    // Shows `round`'s batches as `store` has them. A null store or a round with id 0:
    // nothing chosen. The store must outlive the page or the next setRound().
    void setRound(const Round &round, const store::BallotStore *store);
    int selectedBatch() const; // -1 when none is chosen
    void selectBatch(int batchNumber);

    CodeBatchModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *issueButton() const { return m_issue; }
    QPushButton *voidButton() const { return m_void; }

public slots:
    // Reads the batches again (after a change), keeping the chosen one.
    void reload();

signals:
    void issueRequested();
    // voided: true to void the batch (its unused codes are refused), false to restore it.
    void voidRequested(int batch, bool voided);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void requestVoid();

    Round m_round;
    const store::BallotStore *m_store = nullptr;
    bool m_imported = false;
    QString m_loadError;
    CodeBatchModel *m_model;
    QTableView *m_view;
    QLabel *m_intro;
    QLabel *m_summary;
    QPushButton *m_issue;
    QPushButton *m_void;
};

} // namespace pbvote::console
