#include "KioskDialog.h"

#include "KioskTableModel.h"

#include "crypto/Crypto.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pbvote::console {

KioskDialog::KioskDialog(QWidget *parent)
    : QDialog(parent),
      m_id(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_location(new QLineEdit(this)),
      m_key(new QPlainTextEdit(this)),
      m_problem(new QLabel(this)),
      m_fingerprint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Register a kiosk"));
    m_id->setObjectName(u"kioskId"_qs);
    m_name->setObjectName(u"kioskName"_qs);
    m_location->setObjectName(u"kioskLocation"_qs);
    m_key->setObjectName(u"kioskPublicKey"_qs);
    m_problem->setObjectName(u"kioskProblem"_qs);
    m_fingerprint->setObjectName(u"kioskFingerprint"_qs);

    m_id->setPlaceholderText(tr("e.g. LIB-01"));
    m_name->setPlaceholderText(tr("e.g. Central Library"));
    m_location->setPlaceholderText(tr("e.g. ground floor, by the entrance"));
    m_key->setPlaceholderText(tr("64 hexadecimal digits, pasted from the kiosk"));
    m_key->setTabChangesFocus(true);
    m_key->setWordWrapMode(QTextOption::WrapAnywhere);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Room for a key on two or three lines, not a page.
    m_key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_key->setMaximumHeight(m_key->fontMetrics().lineSpacing() * 5);

    auto *intro = new QLabel(tr("A kiosk signs every ballot cast on it with a key made on the kiosk itself. Paste "
                                "its public key: on the kiosk, this command prints it as <code>public_key</code>:"
                                "<br><code>pbvote keys list --json</code>"),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    m_problem->setWordWrap(true);
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Kiosk &id:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("Public &key:"), m_key);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KioskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KioskDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_fingerprint);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_id, &QLineEdit::textChanged, this, &KioskDialog::validate);
    connect(m_key, &QPlainTextEdit::textChanged, this, &KioskDialog::validate);
    validate();
    // Wide enough for a path or a key on a line or two, in the user's font (narrower on
    // request: nothing has a fixed width).
    const int width = std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 72);
    resize(width, std::max(sizeHint().height(), layout->totalHeightForWidth(width)));
}

QString KioskDialog::kioskId() const
{
    return m_id->text().trimmed();
}

QString KioskDialog::name() const
{
    return m_name->text().trimmed();
}

QString KioskDialog::location() const
{
    return m_location->text().trimmed();
}

QByteArray KioskDialog::publicKey() const
{
    auto key = parsePublicKey(m_key->toPlainText());
    return key ? *key : QByteArray();
}

Result<QByteArray> KioskDialog::parsePublicKey(const QString &text)
{
    constexpr int Digits = 64;
    QString digits;
    digits.reserve(Digits);
    for (QChar c : text) {
        if (!c.isSpace())
            digits.append(c);
    }
    if (digits.size() >= 2 && digits.startsWith(u'"') && digits.endsWith(u'"'))
        digits = digits.mid(1, digits.size() - 2);
    if (digits.isEmpty())
        return Result<QByteArray>::failure(tr("Paste the kiosk's public key: 64 hexadecimal digits."));
    for (QChar c : std::as_const(digits)) {
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return Result<QByteArray>::failure(
                tr("\"%1\" is not a hexadecimal digit: a public key has only 0–9 and a–f.").arg(c));
    }
    if (digits.size() != Digits)
        return Result<QByteArray>::failure(
            tr("The key has %1 hexadecimal digits; a kiosk's public key has %2.").arg(digits.size()).arg(Digits));
    return QByteArray::fromHex(digits.toLatin1());
}

QString KioskDialog::problem() const
{
    if (kioskId().isEmpty())
        return tr("Enter the kiosk's id, e.g. LIB-01.");
    auto key = parsePublicKey(m_key->toPlainText());
    return key ? QString() : key.error();
}

void KioskDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    const QByteArray key = publicKey();
    m_fingerprint->setVisible(!key.isEmpty());
    if (!key.isEmpty())
        m_fingerprint->setText(tr("Key fingerprint: %1. Check that the kiosk shows the same (pbvote keys list).")
                                   .arg(KioskTableModel::fingerprint(key)));
}

} // namespace pbvote::console
