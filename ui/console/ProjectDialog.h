#pragma once

#include "model/Round.h"
#include "store/BallotStore.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDialog>

#include <map>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace pbvote::console {

class ProjectTranslationModel;

// Adds a project to a draft round or edits one: id, title, description, cost, category,
// district, status (on the ballot, under review, rejected, withdrawn), a picture for the
// kiosk's card, and the title and description in the kiosk's other languages. The
// round's own validation (core) decides; its message shows in the dialog and OK stays
// available so the organizer can correct the field it names.
class ProjectDialog : public QDialog
{
    Q_OBJECT
public:
    // Adds a project, or edits `existing` (its id stays) whose picture is `image` (empty:
    // none) and whose translations are `translations` (language code → text).
    ProjectDialog(const Round &round, QWidget *parent = nullptr, const Project *existing = nullptr,
                  const QByteArray &image = {}, const std::map<QString, store::ProjectText> &translations = {});

    // The project as entered (cost -1 when it is not an amount).
    Project project() const;
    // The picture (PNG or JPEG bytes, checked by BallotStore::checkProjectImage); empty: none.
    QByteArray image() const { return m_image; }
    // Whether the picture differs from the one the dialog opened with.
    bool imageChanged() const { return m_image != m_initialImage; }
    // Every kiosk language besides English; an empty title means "no translation" (the
    // store removes it), so saving them all also removes the ones the organizer cleared.
    std::map<QString, store::ProjectText> translations() const;

    // Takes the picture in the file at `path` (what "Choose picture…" does after its file
    // dialog); a refused file leaves the current picture and shows why in the dialog.
    Status setImageFile(const QString &path);
    void removeImage();

    void accept() override;

private:
    void choosePicture();
    void showPicture();
    void showTranslation();
    void showError(const QString &message);

    Round m_round;
    QString m_editingId; // the edited project's id, or empty when adding
    QByteArray m_image;
    QByteArray m_initialImage;
    QTabWidget *m_tabs;
    QLineEdit *m_id;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLineEdit *m_cost;
    QComboBox *m_category;
    QComboBox *m_district;
    QComboBox *m_status;
    QLabel *m_picture;
    QLabel *m_pictureInfo;
    QPushButton *m_choosePicture;
    QPushButton *m_removePicture;
    ProjectTranslationModel *m_translations;
    QTableView *m_translationTable;
    QLabel *m_translationTitleLabel;
    QLineEdit *m_translationTitle;
    QLabel *m_translationDescriptionLabel;
    QPlainTextEdit *m_translationDescription;
    QLabel *m_error;
};

} // namespace pbvote::console
