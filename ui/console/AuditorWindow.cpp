#include "AuditorWindow.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextOption>
#include <QThreadPool>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace pbvote::console {

namespace {

// Witness logs are a few lines; anything this large is not one.
constexpr qint64 MaxWitnessFileBytes = 1024 * 1024;

enum class Sign {
    None, // nothing verified yet, or verifying
    Pass,
    Warn,
    Fail,
    Skip,
};

Sign signOf(const audit::CheckResult &c)
{
    if (!c.passed)
        return Sign::Fail;
    if (c.warning)
        return Sign::Warn;
    if (c.skipped)
        return Sign::Skip;
    return Sign::Pass;
}

Sign signOf(audit::Verdict v)
{
    switch (v) {
    case audit::Verdict::Passed:
        return Sign::Pass;
    case audit::Verdict::PassedWithWarnings:
        return Sign::Warn;
    case audit::Verdict::Failed:
        return Sign::Fail;
    }
    return Sign::None;
}

struct SignColours
{
    QColor mark; // the sign's own colour (dark enough on white and on the background)
    QColor background; // a light tint behind the words (the words stay black)
};

SignColours coloursOf(Sign s)
{
    switch (s) {
    case Sign::Pass:
        return {QColor(0x1a, 0x7f, 0x37), QColor(0xe9, 0xf7, 0xee)};
    case Sign::Warn:
        return {QColor(0x9a, 0x67, 0x00), QColor(0xff, 0xf6, 0xd6)};
    case Sign::Fail:
        return {QColor(0xb4, 0x23, 0x18), QColor(0xfd, 0xec, 0xea)};
    case Sign::Skip:
    case Sign::None:
        break;
    }
    return {QColor(0x55, 0x55, 0x55), QColor(0xf0, 0xf0, 0xf0)};
}

// A sign drawn, not taken from the style (which may have none): a check mark in a circle,
// an exclamation mark in a triangle, a cross in a circle, a dash in a circle for a check
// that did not run, a question mark for nothing verified yet. Shapes differ, so the sign
// is read without its colour.
QPixmap signPixmap(Sign sign, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = coloursOf(sign).mark;
    const qreal s = size;
    QPen pen(Qt::white, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (sign == Sign::Warn) {
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.04);
        triangle.lineTo(s * 0.97, s * 0.92);
        triangle.lineTo(s * 0.03, s * 0.92);
        triangle.closeSubpath();
        p.fillPath(triangle, colour);
        p.setPen(pen);
        p.drawLine(QPointF(s * 0.5, s * 0.34), QPointF(s * 0.5, s * 0.6));
        p.drawPoint(QPointF(s * 0.5, s * 0.77));
        return pixmap;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92));
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (sign) {
    case Sign::Pass: {
        QPainterPath tick;
        tick.moveTo(s * 0.28, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.68);
        tick.lineTo(s * 0.72, s * 0.34);
        p.drawPath(tick);
        break;
    }
    case Sign::Fail:
        p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
        p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
        break;
    case Sign::Skip:
        p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        break;
    case Sign::None:
    case Sign::Warn: {
        QFont font;
        font.setPixelSize(int(s * 0.62));
        font.setBold(true);
        p.setFont(font);
        p.drawText(QRectF(0, 0, s, s), Qt::AlignCenter, u"?"_qs);
        break;
    }
    }
    return pixmap;
}

QLabel *hintLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    l->setFont(f);
    l->setForegroundRole(QPalette::PlaceholderText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

// A file path inside a sentence, isolated so right-to-left text keeps its slashes in place.
QString shown(const QString &path)
{
    return QChar(0x2068) + QDir::toNativeSeparators(path) + QChar(0x2069);
}

enum Column { StatusColumn, IdColumn, TitleColumn, ColumnCount };

} // namespace

AuditorWindow::AuditorWindow(const QString &recordPath, QWidget *parent)
    : QMainWindow(parent), m_record(new QLineEdit(this)), m_authority(new QLineEdit(this)),
      m_witness(new QPlainTextEdit(this)), m_electionKey(new QLineEdit(this)), m_receipt(new QLineEdit(this)),
      m_openRecord(new QPushButton(this)), m_loadWitness(new QPushButton(this)), m_chooseKey(new QPushButton(this)),
      m_verify(new QPushButton(this)), m_save(new QPushButton(this)), m_busy(new QProgressBar(this)),
      m_problem(new QLabel(this)), m_banner(new QFrame(this)), m_bannerIcon(new QLabel(m_banner)),
      m_headline(new QLabel(m_banner)), m_detail(new QLabel(m_banner)), m_checks(new QTableWidget(this)),
      m_details(new QTextBrowser(this)), m_recordLabel(new QLabel(this)), m_recordHint(hintLabel(this)),
      m_bringLabel(new QLabel(this)), m_authorityLabel(new QLabel(this)), m_authorityHint(hintLabel(this)),
      m_witnessLabel(new QLabel(this)), m_witnessHint(hintLabel(this)), m_keyLabel(new QLabel(this)),
      m_keyHint(hintLabel(this)), m_receiptLabel(new QLabel(this)), m_receiptHint(hintLabel(this)),
      m_checksLabel(new QLabel(this)), m_detailsLabel(new QLabel(this)),
      m_watcher(new QFutureWatcher<Verification>(this))
{
    setObjectName(u"auditorWindow"_qs);
    setAcceptDrops(true);

    m_record->setObjectName(u"recordPath"_qs);
    m_authority->setObjectName(u"authorityFingerprint"_qs);
    m_witness->setObjectName(u"witnessCodes"_qs);
    m_electionKey->setObjectName(u"electionKeyFile"_qs);
    m_receipt->setObjectName(u"receiptCode"_qs);
    m_openRecord->setObjectName(u"openRecordButton"_qs);
    m_loadWitness->setObjectName(u"loadWitnessButton"_qs);
    m_chooseKey->setObjectName(u"chooseKeyButton"_qs);
    m_verify->setObjectName(u"verifyButton"_qs);
    m_save->setObjectName(u"saveReportButton"_qs);
    m_busy->setObjectName(u"verifyingIndicator"_qs);
    m_problem->setObjectName(u"inputProblem"_qs);
    m_banner->setObjectName(u"verdictBanner"_qs);
    m_bannerIcon->setObjectName(u"verdictSign"_qs);
    m_headline->setObjectName(u"verdictHeadline"_qs);
    m_detail->setObjectName(u"verdictDetail"_qs);
    m_checks->setObjectName(u"checksTable"_qs);
    m_details->setObjectName(u"checkDetails"_qs);

    // Inputs: what the auditor verifies and what they bring. Labels above their fields, so
    // long translations wrap instead of widening the window.
    m_recordLabel->setBuddy(m_record);
    m_authorityLabel->setBuddy(m_authority);
    m_witnessLabel->setBuddy(m_witness);
    m_keyLabel->setBuddy(m_electionKey);
    m_receiptLabel->setBuddy(m_receipt);
    for (QLabel *l : {m_recordLabel, m_authorityLabel, m_witnessLabel, m_keyLabel, m_receiptLabel, m_bringLabel,
             m_checksLabel, m_detailsLabel})
        l->setWordWrap(true);
    QFont heading = m_bringLabel->font();
    heading.setBold(true);
    m_recordLabel->setFont(heading);
    m_bringLabel->setFont(heading);
    m_checksLabel->setFont(heading);
    m_detailsLabel->setFont(heading);
    m_witness->setTabChangesFocus(true);
    m_witness->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_witness->setMinimumHeight(m_witness->fontMetrics().lineSpacing() * 4);
    m_witness->setMaximumHeight(m_witness->fontMetrics().lineSpacing() * 8);
    m_record->setClearButtonEnabled(true);
    m_electionKey->setClearButtonEnabled(true);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(u"QLabel#inputProblem { color: #b42318; font-weight: bold; margin: 0 9px; }"_qs);
    m_problem->hide();
    m_busy->setRange(0, 0); // busy, no percentage: the verifier does not report progress
    m_busy->setTextVisible(false);
    m_busy->hide();

    const auto row = [](QWidget *field, QWidget *button) {
        auto *l = new QHBoxLayout;
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(field, 1);
        if (button)
            l->addWidget(button, 0, Qt::AlignTop);
        return l;
    };
    auto *inputs = new QWidget;
    auto *form = new QVBoxLayout(inputs);
    form->addWidget(m_recordLabel);
    form->addLayout(row(m_record, m_openRecord));
    form->addWidget(m_recordHint);
    form->addSpacing(heading.pointSize());
    form->addWidget(m_bringLabel);
    form->addWidget(m_authorityLabel);
    form->addWidget(m_authority);
    form->addWidget(m_authorityHint);
    form->addWidget(m_witnessLabel);
    form->addWidget(m_witness);
    auto *loadRow = new QHBoxLayout;
    loadRow->addWidget(m_loadWitness);
    loadRow->addStretch(1);
    form->addLayout(loadRow);
    form->addWidget(m_witnessHint);
    form->addWidget(m_keyLabel);
    form->addLayout(row(m_electionKey, m_chooseKey));
    form->addWidget(m_keyHint);
    form->addWidget(m_receiptLabel);
    form->addWidget(m_receipt);
    form->addWidget(m_receiptHint);
    form->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(inputs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The inputs scroll on a small screen; what to do with them stays in view below.
    auto *inputsPane = new QWidget(this);
    inputsPane->setObjectName(u"auditorInputs"_qs);
    auto *inputsLayout = new QVBoxLayout(inputsPane);
    inputsLayout->setContentsMargins(0, 0, 0, 0);
    inputsLayout->addWidget(scroll, 1);
    inputsLayout->addWidget(m_problem);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->setContentsMargins(9, 0, 9, 9);
    verifyRow->addWidget(m_verify, 1);
    verifyRow->addWidget(m_busy, 1);
    inputsLayout->addLayout(verifyRow);
    QFont big = m_verify->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_verify->setFont(big);
    m_verify->setMinimumHeight(m_verify->fontMetrics().height() * 2);

    // The verdict: a sign and words, on a tinted band (the words say it all without it).
    m_bannerIcon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.5);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setFrameShape(QFrame::StyledPanel);
    auto *bannerText = new QVBoxLayout;
    bannerText->addWidget(m_headline);
    bannerText->addWidget(m_detail);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 12, 12, 12);
    bannerLayout->setSpacing(12);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addLayout(bannerText, 1);

    m_checks->setColumnCount(ColumnCount);
    m_checks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checks->setWordWrap(false);
    m_checks->setTabKeyNavigation(false);
    m_checks->verticalHeader()->hide();
    m_checks->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_checks->horizontalHeader()->setHighlightSections(false);
    m_checksLabel->setBuddy(m_checks);
    connect(m_checks, &QTableWidget::currentCellChanged, this, [this](int currentRow) { showCheck(currentRow); });

    m_details->setOpenLinks(false);
    m_details->document()->setDefaultStyleSheet(
        u".label { font-weight: bold; } .status { font-weight: bold; } .status.pass { color: #1a7f37; } "
        u".status.warn { color: #7a5200; } .status.fail { color: #b42318; } .status.skip { color: #555555; }"_qs);
    m_detailsLabel->setBuddy(m_details);

    auto *results = new QWidget;
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->addWidget(m_banner);
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    auto *checksPane = new QWidget;
    auto *checksLayout = new QVBoxLayout(checksPane);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    checksLayout->addWidget(m_checksLabel);
    checksLayout->addWidget(m_checks);
    auto *detailsPane = new QWidget;
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_detailsLabel);
    detailsLayout->addWidget(m_details);
    split->addWidget(checksPane);
    split->addWidget(detailsPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    resultsLayout->addWidget(split, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    resultsLayout->addLayout(saveRow);

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(u"auditorSplitter"_qs);
    main->setChildrenCollapsible(false);
    main->addWidget(inputsPane);
    main->addWidget(results);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 5);
    const int em = fontMetrics().averageCharWidth();
    main->setSizes({em * 50, em * 130});
    setCentralWidget(main);

    connect(m_openRecord, &QPushButton::clicked, this, &AuditorWindow::openRecordDialog);
    connect(m_loadWitness, &QPushButton::clicked, this, &AuditorWindow::loadWitnessFileDialog);
    connect(m_chooseKey, &QPushButton::clicked, this, &AuditorWindow::chooseElectionKeyDialog);
    connect(m_verify, &QPushButton::clicked, this, [this] { verify(); });
    connect(m_save, &QPushButton::clicked, this, &AuditorWindow::saveReportDialog);
    connect(m_watcher, &QFutureWatcher<Verification>::finished, this, &AuditorWindow::finished);
    connect(m_record, &QLineEdit::textEdited, this, [this] {
        m_last.reset(); // a verdict belongs to its record
        m_stale = false;
        showVerdict();
        showChecks();
    });
    for (QLineEdit *e : {m_authority, m_electionKey, m_receipt})
        connect(e, &QLineEdit::textChanged, this, &AuditorWindow::inputsChanged);
    connect(m_witness, &QPlainTextEdit::textChanged, this, &AuditorWindow::inputsChanged);

    // The keyboard goes through the window as the eye reads it: the record, what the
    // auditor brings, Verify, then the findings.
    const QList<QWidget *> order {m_record, m_openRecord, m_authority, m_witness, m_loadWitness, m_electionKey,
        m_chooseKey, m_receipt, m_verify, m_checks, m_details, m_save};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    buildMenus();
    retranslate();
    setRecordPath(recordPath);
    // Room for every check's row next to the inputs, within the screen.
    QSize size(em * 190, fontMetrics().lineSpacing() * 56);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableSize() * 0.95);
    resize(size);
}

AuditorWindow::~AuditorWindow() = default;

void AuditorWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &AuditorWindow::openRecordDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAction = m_fileMenu->addAction(QString(), this, &AuditorWindow::saveReportDialog);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_fileMenu->addSeparator();
    m_closeAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_closeAction->setShortcut(QKeySequence::Close);
    // Ctrl+Return verifies from any field, as the button does.
    auto *verifyAction = new QAction(this);
    verifyAction->setObjectName(u"verifyAction"_qs);
    verifyAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(verifyAction, &QAction::triggered, this, [this] {
        if (m_verify->isEnabled())
            verify();
    });
    addAction(verifyAction);
}

void AuditorWindow::retranslate()
{
    setWindowTitle(tr("Verify an election record"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open an election record…"));
    m_saveAction->setText(tr("&Save the report…"));
    m_closeAction->setText(tr("&Close"));

    m_recordLabel->setText(tr("&Election record:"));
    m_record->setPlaceholderText(tr("The record file, e.g. round-1-record.json"));
    m_record->setAccessibleName(tr("Election record file"));
    m_openRecord->setText(tr("&Open…"));
    m_openRecord->setAccessibleName(tr("Open an election record"));
    m_recordHint->setText(tr("The file the organizers published for anyone to check. You can also drop it onto "
                             "this window."));
    m_bringLabel->setText(tr("What you bring (all optional)"));
    m_authorityLabel->setText(tr("&Authority key fingerprint:"));
    m_authority->setPlaceholderText(tr("e.g. ABCD-EFGH-IJKL-MNOP"));
    m_authority->setAccessibleName(tr("Authority key fingerprint"));
    m_authorityHint->setText(tr("The city prints it on its poster and publishes it on its website. Without it, the "
                                "key inside the record is trusted and the verdict warns about it."));
    m_witnessLabel->setText(tr("&Witness codes:"));
    m_witness->setPlaceholderText(tr("One code per line"));
    m_witness->setAccessibleName(tr("Witness codes"));
    m_loadWitness->setText(tr("&Load from file…"));
    m_loadWitness->setAccessibleName(tr("Load witness codes from a file"));
    m_witnessHint->setText(tr("The codes poll workers wrote down at each kiosk when it paused or closed: one per "
                              "line; the rest of a line (a time, a note) is ignored."));
    m_keyLabel->setText(tr("Election &key file (for the trusted auditor):"));
    m_electionKey->setPlaceholderText(tr("Leave empty unless you were given the key"));
    m_electionKey->setAccessibleName(tr("Election key file"));
    m_chooseKey->setText(tr("C&hoose…"));
    m_chooseKey->setAccessibleName(tr("Choose the election key file"));
    m_keyHint->setText(tr("Only for the auditor trusted with the round's secret key: every sealed vote is opened "
                          "and compared with the published ballots. The key is read into protected memory and "
                          "never saved."));
    m_receiptLabel->setText(tr("Voter's &receipt code:"));
    m_receipt->setPlaceholderText(tr("e.g. GPEK-A7LW-KIAX-PLS4"));
    m_receipt->setAccessibleName(tr("Voter's receipt code"));
    m_receiptHint->setText(tr("To check that one voter's ballot is in the record and counted."));
    m_verify->setText(tr("&Verify"));
    m_verify->setToolTip(tr("Run every check on the record (Ctrl+Enter)"));
    m_busy->setAccessibleName(tr("Verifying"));
    m_save->setText(tr("&Save the report…"));
    m_save->setAccessibleName(tr("Save the report as a web page or PDF"));
    m_checksLabel->setText(tr("&Checks"));
    m_checks->setHorizontalHeaderLabels({tr("Status"), tr("Check"), tr("What it checks")});
    m_checks->setAccessibleName(tr("Checks and their status"));
    m_detailsLabel->setText(tr("Details of the chosen check"));
    m_details->setAccessibleName(tr("Details of the chosen check"));
    m_banner->setAccessibleName(tr("Verdict"));
    showVerdict();
    showChecks();
}

void AuditorWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

QString AuditorWindow::recordPath() const
{
    return m_record->text().trimmed();
}

void AuditorWindow::setRecordPath(const QString &path)
{
    if (path == m_record->text())
        return;
    m_record->setText(path);
    m_last.reset();
    m_stale = false;
    setProblem({});
    showVerdict();
    showChecks();
}

void AuditorWindow::setAuthorityFingerprint(const QString &fingerprint)
{
    m_authority->setText(fingerprint);
}

void AuditorWindow::setWitnessCodes(const QString &text)
{
    m_witness->setPlainText(text);
}

void AuditorWindow::setElectionKeyFile(const QString &path)
{
    m_electionKey->setText(path);
}

void AuditorWindow::setReceipt(const QString &receipt)
{
    m_receipt->setText(receipt);
}

bool AuditorWindow::isVerifying() const
{
    return m_running;
}

const audit::VerifyReport *AuditorWindow::report() const
{
    return m_last ? &m_last->report : nullptr;
}

void AuditorWindow::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void AuditorWindow::setBusy(bool busy)
{
    m_running = busy;
    m_busy->setVisible(busy);
    m_verify->setEnabled(!busy);
    // The inputs belong to the verification under way; the results stay usable.
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_record, m_openRecord, m_authority, m_witness, m_loadWitness, m_electionKey, m_chooseKey, m_receipt})
        w->setEnabled(!busy);
    m_openAction->setEnabled(!busy);
    showVerdict();
    showChecks(); // no rows of an earlier verification under "Verifying"
}

Status AuditorWindow::verify()
{
    const auto refuse = [this](const QString &why) {
        setProblem(why);
        return Status::failure(why);
    };
    if (isVerifying())
        return Status::failure(tr("A verification is already running."));
    const QString path = recordPath();
    if (path.isEmpty())
        return refuse(tr("Choose the election record to verify first (Open…)."));

    auto options = std::make_shared<audit::VerifyOptions>();
    options->authorityFingerprint = m_authority->text().trimmed();
    options->witnessCodes = audit::witnessCodesFromText(m_witness->toPlainText());
    options->receipt = m_receipt->text().trimmed();
    const QString keyFile = m_electionKey->text().trimmed();
    if (!keyFile.isEmpty()) {
        auto key = audit::readElectionKeyFile(keyFile);
        if (!key)
            return refuse(key.error());
        options->electionSecretKey = std::move(*key);
    }
    setProblem({});

    // The verifier reads and checks the whole record (every signature: seconds for a
    // large round) on a pool thread; the result comes back through the watcher, which
    // goes with the window if it is closed first.
    const QDateTime verifiedAt = QDateTime::currentDateTimeUtc();
    const QLocale reportLocale = locale();
    auto promise = std::make_shared<QPromise<Verification>>();
    m_watcher->setFuture(promise->future());
    promise->start();
    m_stale = false;
    setBusy(true);
    QThreadPool::globalInstance()->start([promise, options, path, verifiedAt, reportLocale] {
        Verification v;
        v.report = audit::verifyRecordFile(path, *options);
        v.info = audit::auditReportInfo(path, *options, verifiedAt);
        v.info.locale = reportLocale;
        promise->addResult(std::move(v));
        promise->finish();
    });
    return {};
}

void AuditorWindow::finished()
{
    if (m_watcher->future().resultCount() > 0)
        m_last = m_watcher->future().result();
    setBusy(false);
    showVerdict();
    showChecks();
    if (m_last) {
        statusBar()->showMessage(tr("Verified %1.").arg(shown(m_last->info.recordFileName)), 10000);
        emit verificationFinished(m_last->report.ok());
    }
}

void AuditorWindow::inputsChanged()
{
    if (!m_last || m_stale)
        return;
    m_stale = true;
    showVerdict();
}

void AuditorWindow::showVerdict()
{
    Sign sign = Sign::None;
    QString headline;
    QStringList detail;
    if (isVerifying()) {
        headline = tr("Verifying the record…");
        detail << tr("Every signature and every count is checked again; a large record takes a while. You can "
                     "keep using this window.");
    } else if (!m_last) {
        headline = tr("Not verified yet");
        detail << (recordPath().isEmpty() ? tr("Open an election record, add what you bring, then press Verify.")
                                          : tr("Press Verify to run every check on %1.").arg(shown(recordPath())));
    } else {
        const audit::VerifyReport &r = m_last->report;
        sign = signOf(audit::verdictOf(r));
        headline = audit::verdictHeadline(r);
        detail << audit::verdictDetail(r);
        for (const QString &sentence : audit::coverageSentences(r, m_last->info))
            detail << QChar(0x2022) + QChar(0x00A0) + sentence; // a bullet: one line per fact
        if (m_stale)
            detail << tr("The inputs changed since this verification: press Verify again.");
    }
    const SignColours colours = coloursOf(sign);
    m_banner->setStyleSheet(u"QFrame#verdictBanner { background-color: %1; border: 2px solid %2; border-radius: 6px; }"
                            u" QFrame#verdictBanner QLabel { color: #000000; background: transparent; }"_qs.arg(
                                colours.background.name(), colours.mark.name()));
    const int iconSize = m_headline->fontMetrics().height() * 2;
    m_bannerIcon->setPixmap(signPixmap(sign, iconSize, devicePixelRatioF()));
    m_bannerIcon->setFixedSize(iconSize, iconSize);
    m_headline->setText(headline);
    // The first sentence says what happened; each fact about the scope on its own line.
    m_detail->setText(detail.join(u'\n'));
    m_banner->setAccessibleDescription(headline + u". "_qs + detail.join(u' '));
    m_bannerIcon->setAccessibleName(headline);
    m_save->setEnabled(m_last.has_value() && !isVerifying());
    m_saveAction->setEnabled(m_save->isEnabled());
}

void AuditorWindow::showChecks()
{
    m_checks->setRowCount(0);
    m_details->clear();
    if (!m_last || isVerifying())
        return;
    const std::vector<audit::CheckResult> &checks = m_last->report.checks;
    m_checks->setRowCount(int(checks.size()));
    const int iconSize = m_checks->fontMetrics().height();
    int chosen = checks.empty() ? -1 : 0;
    int firstWarning = -1;
    for (int row = 0; row < int(checks.size()); ++row) {
        const audit::CheckResult &c = checks[size_t(row)];
        const Sign sign = signOf(c);
        auto *status
            = new QTableWidgetItem(QIcon(signPixmap(sign, iconSize, devicePixelRatioF())), audit::statusWord(c));
        status->setData(Qt::UserRole + 1, c.id);
        QFont font = status->font();
        font.setBold(sign == Sign::Fail || sign == Sign::Warn);
        status->setFont(font);
        if (sign == Sign::Fail || sign == Sign::Warn) {
            status->setBackground(coloursOf(sign).background);
            status->setForeground(QColor(Qt::black));
        }
        m_checks->setItem(row, StatusColumn, status);
        m_checks->setItem(row, IdColumn, new QTableWidgetItem(c.id));
        // Marked with its own direction: a title in another script than the window (e.g.
        // English under Arabic, until translated) keeps its brackets in place.
        const QChar mark = c.title.isRightToLeft() ? QChar(0x200F) : QChar(0x200E);
        const QString markedTitle = mark + c.title + mark;
        auto *title = new QTableWidgetItem(markedTitle);
        title->setToolTip(markedTitle);
        m_checks->setItem(row, TitleColumn, title);
        if (sign == Sign::Fail && (chosen < 0 || signOf(checks[size_t(chosen)]) != Sign::Fail))
            chosen = row;
        if (sign == Sign::Warn && firstWarning < 0)
            firstWarning = row;
    }
    // What needs the reader first: the first failure, else the first warning.
    if (chosen >= 0 && signOf(checks[size_t(chosen)]) != Sign::Fail && firstWarning >= 0)
        chosen = firstWarning;
    if (chosen >= 0) {
        m_checks->setCurrentCell(chosen, StatusColumn);
        m_checks->scrollToItem(m_checks->item(chosen, StatusColumn));
        showCheck(chosen);
    }
}

void AuditorWindow::showCheck(int row)
{
    if (!m_last || row < 0 || row >= int(m_last->report.checks.size())) {
        m_details->clear();
        return;
    }
    m_details->setHtml(audit::checkDetailsHtml(m_last->report.checks[size_t(row)]));
}

void AuditorWindow::openRecordDialog()
{
    const QString start = recordPath().isEmpty() ? QDir::homePath() : QFileInfo(recordPath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open an election record"), start, tr("Election records (*.json);;All files (*)"));
    if (!path.isEmpty())
        setRecordPath(path);
}

void AuditorWindow::loadWitnessFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load witness codes"), QString(), tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (f.size() > MaxWitnessFileBytes)
        return setProblem(tr("%1 is too large to be a list of witness codes.").arg(shown(path)));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return setProblem(tr("Cannot read %1: %2").arg(shown(path), f.errorString()));
    const QStringList codes = audit::witnessCodesFromText(QString::fromUtf8(f.readAll()));
    if (codes.isEmpty())
        return setProblem(tr("%1 holds no witness code.").arg(shown(path)));
    QString text = m_witness->toPlainText();
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    m_witness->setPlainText(text + codes.join(u'\n'));
    setProblem({});
    statusBar()->showMessage(tr("Loaded %n witness code(s).", nullptr, int(codes.size())), 10000);
}

void AuditorWindow::chooseElectionKeyDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the election key file"), QString(), tr("Key files (*.key *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_electionKey->setText(path);
}

QString AuditorWindow::reportHtml(audit::ReportFlavour flavour) const
{
    return m_last ? audit::auditReportHtml(m_last->report, m_last->info, flavour) : QString();
}

Status AuditorWindow::saveReport(const QString &path)
{
    if (!m_last)
        return Status::failure(tr("Verify a record first: there is no report to save yet."));
    if (path.endsWith(u".pdf"_qs, Qt::CaseInsensitive)) {
        const QString title = tr("Audit of %1")
                                  .arg(m_last->report.electionName.isEmpty() ? m_last->info.recordFileName
                                                                             : m_last->report.electionName);
        return writeReportPdf(path, reportHtml(audit::ReportFlavour::QtRichText), title, layoutDirection());
    }
    return audit::writeAuditReportHtml(path, m_last->report, m_last->info);
}

void AuditorWindow::saveReportDialog()
{
    if (!m_last)
        return;
    const QFileInfo record(recordPath());
    const QString suggested = record.dir().filePath(record.completeBaseName() + u"-audit.html"_qs);
    const QString htmlFilter = tr("Web page (*.html)");
    const QString pdfFilter = tr("PDF document (*.pdf)");
    QString filter = htmlFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the audit report"), suggested, htmlFilter + u";;"_qs + pdfFilter, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"pdf"_qs && suffix != u"html"_qs && suffix != u"htm"_qs)
        path += filter == pdfFilter ? u".pdf"_qs : u".html"_qs;
    if (Status s = saveReport(path); !s)
        return setProblem(s.error());
    setProblem({});
    statusBar()->showMessage(tr("Wrote %1.").arg(shown(path)), 10000);
}

Status AuditorWindow::writeReportPdf(
    const QString &path, const QString &html, const QString &title, Qt::LayoutDirection direction)
{
    const auto failure = [&path](const QString &why) {
        return Status::failure(
            tr("Cannot write the audit report to \"%1\": %2").arg(QDir::toNativeSeparators(path), why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0)); // the document's own 2 cm margins apply
        pdf.setResolution(300);
        pdf.setTitle(title);
        pdf.setCreator(u"pbvote"_qs);
        QTextDocument doc;
        QTextOption option = doc.defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long hex ids and hashes
        option.setTextDirection(direction);
        doc.setDefaultTextOption(option);
        QFont font = doc.defaultFont();
        font.setPointSizeF(10);
        doc.setDefaultFont(font);
        doc.setHtml(html);
        // print() lays the document out on the writer's pages with 2 cm margins and
        // numbers the pages.
        doc.print(&pdf);
    }
    if (file.size() == 0) {
        file.cancelWriting();
        return failure(tr("the PDF could not be made."));
    }
    if (!file.commit())
        return failure(file.errorString());
    return {};
}

void AuditorWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!isVerifying() && urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void AuditorWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (isVerifying() || urls.size() != 1 || !urls.first().isLocalFile())
        return;
    setRecordPath(urls.first().toLocalFile());
    event->acceptProposedAction();
}

} // namespace pbvote::console
