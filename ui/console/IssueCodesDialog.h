#pragma once

#include "model/Round.h"
#include "store/BallotStore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pbvote::console {

// Asks for a batch of one-time access codes: how many, a label to know the batch by,
// the district its voters vote in (or city-wide), and where the codes go — a PDF sheet
// of slips, a CSV file or both (at least one: the codes are shown only once and stored
// only as hashes). OK stays disabled, with a sentence saying why, until that holds.
class IssueCodesDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxCodes = 100000;

    explicit IssueCodesDialog(const Round &round, QWidget *parent = nullptr);

    int count() const;
    QString label() const;    // trimmed, may be empty
    QString district() const; // a district id of the round; empty: city-wide
    QString pdfPath() const;  // trimmed, may be empty
    QString csvPath() const;  // trimmed, may be empty
    // The label and district as the store takes them.
    store::CodeBatchOptions options() const;
    // What keeps OK disabled, or empty when the input is complete.
    QString problem() const;

private:
    void validate();
    void browsePdf();
    void browseCsv();

    Round m_round;
    QSpinBox *m_count;
    QLineEdit *m_label;
    QComboBox *m_district;
    QLineEdit *m_pdf;
    QLineEdit *m_csv;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace pbvote::console
