#pragma once

#include "model/Round.h"
#include "store/BallotStore.h"

#include <QDialog>

#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStandardItemModel;

namespace pbvote::console {

// A round's settings as a whole: name, budget, currency, categories, the planned voting
// period and the counting rule chosen before voting opens, and for a new round its
// voting method. The same dialog creates a round and edits a draft; for a round that is
// no longer a draft it shows the values, disabled, with the reason (setReadOnly).
// Core's Round::validate() decides what is acceptable: its message shows in the
// dialog, which stays open so the organizer can correct the field it names.
class RoundSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    RoundSettingsDialog(const store::RoundSettings &initial, bool newRound, QWidget *parent = nullptr);

    // What the organizer entered; the budget is -1 when it is not an amount.
    store::RoundSettings settings() const;
    // The voting method chosen for a new round (the initial Knapsack when editing).
    BallotKind kind() const;
    // The draft being edited: OK then also checks its projects against the new
    // categories (after renames) and the rest of the round.
    void setRound(const Round &round);
    // Categories renamed in the list: old name → new name, so that the projects in
    // them can move along. Categories removed or added do not appear.
    std::map<QString, QString> categoryRenames() const;

    // Shows the values disabled, with `why` they cannot change, and only a Close button.
    void setReadOnly(const QString &why);
    bool isReadOnly() const { return m_readOnly; }

    // The voting method in the organizer's words.
    static QString kindText(BallotKind kind);

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addCategory();
    void renameCategory();
    void removeCategory();
    void moveCategory(int by);
    void updateCategoryButtons();
    void updateRuleDescription();
    void updatePeriod();
    void updateBudgetLabel();
    void showError(const QString &message);

    bool m_newRound;
    bool m_readOnly = false;
    std::optional<Round> m_round; // the edited draft, when known
    QLabel *m_readOnlyReason;
    QLineEdit *m_name;
    QLabel *m_budgetLabel;
    QLineEdit *m_budget;
    QLineEdit *m_currency;
    QComboBox *m_kind = nullptr; // new rounds only
    QComboBox *m_rule;
    QLabel *m_ruleDescription;
    QCheckBox *m_noPeriod;
    QDateTimeEdit *m_opens;
    QDateTimeEdit *m_closes;
    QLabel *m_timeZone;
    QStandardItemModel *m_categories;
    QListView *m_categoryList;
    QLineEdit *m_newCategory;
    QPushButton *m_addCategory;
    QPushButton *m_renameCategory;
    QPushButton *m_removeCategory;
    QPushButton *m_categoryUp;
    QPushButton *m_categoryDown;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pbvote::console
