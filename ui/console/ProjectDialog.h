#pragma once

#include "model/Round.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pbvote::console {

// Adds a project to a draft round: id, title, description, cost, category, district.
// The round's own validation (core) decides; its message shows in the dialog and OK
// stays available so the organizer can correct the field it names.
class ProjectDialog : public QDialog
{
    Q_OBJECT
public:
    // Adds a project, or edits `existing` (its id stays).
    ProjectDialog(const Round &round, QWidget *parent = nullptr, const Project *existing = nullptr);
    Project project() const;

    void accept() override;

private:
    Round m_round;
    int m_editing = -1; // index of the edited project, or -1
    QLineEdit *m_id;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLineEdit *m_cost;
    QLineEdit *m_category;
    QComboBox *m_district;
    QLabel *m_error;
};

} // namespace pbvote::console
