#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pbvote::console {

// Registers a kiosk: its id, a name and location for people, and the public key made on
// the kiosk (64 hexadecimal digits; `pbvote keys create --kind kiosk --json` prints it
// as "public_key"). What is typed is checked as it is typed: OK stays disabled and a
// sentence says what is missing; once the key is whole its fingerprint shows, to compare
// with the one `pbvote keys list` prints on the kiosk. The store decides the rest.
class KioskDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KioskDialog(QWidget *parent = nullptr);

    QString kioskId() const;   // trimmed
    QString name() const;      // trimmed, may be empty
    QString location() const;  // trimmed, may be empty
    QByteArray publicKey() const; // 32 bytes, or empty while the key typed is not one

    // Reads a public key as pasted: 64 hexadecimal digits in either case; white space
    // (spaces, tabs, line breaks) anywhere and quotes around it are ignored. Says what is
    // wrong otherwise.
    static Result<QByteArray> parsePublicKey(const QString &text);
    // What keeps OK disabled, or empty when the input is complete.
    QString problem() const;

private:
    void validate();

    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_location;
    QPlainTextEdit *m_key;
    QLabel *m_problem;
    QLabel *m_fingerprint;
    QDialogButtonBox *m_buttons;
};

} // namespace pbvote::console
