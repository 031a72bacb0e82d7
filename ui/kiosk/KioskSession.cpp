#include "KioskSession.h"

#include "IdleMonitor.h"
#include "ProjectListModel.h"

#include "crypto/Crypto.h"
#include "record/Records.h"
#include "util/Money.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QQmlEngine>

#include <sodium.h>

namespace pbvote::kiosk {

namespace {

constexpr int CodeCharacters = 12;
constexpr int MaxPinDigits = 12;
constexpr int DoneSeconds = 30;     // the receipt stays this long, then the welcome screen
constexpr int OperatorIdle = 120;   // the operator screen locks itself
constexpr int WelcomeIdle = 60;     // display settings chosen by someone who walked away reset

std::function<int64_t()> defaultClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return int64_t(timer->elapsed()); };
}

QString currencySymbol(const QString &code)
{
    static const QHash<QString, QString> symbols = {
        {u"EUR"_qs, u"€"_qs}, {u"USD"_qs, u"$"_qs}, {u"GBP"_qs, u"£"_qs}, {u"PLN"_qs, u"zł"_qs},
        {u"VND"_qs, u"₫"_qs}, {u"CHF"_qs, u"CHF"_qs}, {u"CAD"_qs, u"$"_qs}, {u"AUD"_qs, u"$"_qs},
    };
    return symbols.value(code, code);
}
} // namespace

KioskSession::KioskSession(KioskSetup setup, QObject *parent)
    : QObject(parent),
      m_store(std::move(setup.store)),
      m_roundId(setup.roundId),
      m_kioskId(setup.kioskId),
      m_kioskKey(std::move(setup.kioskKey)),
      m_operatorPinHash(setup.operatorPinHash),
      m_demoCodes(setup.demoCodes),
      m_clock(setup.clock ? setup.clock : defaultClock()),
      m_idleSeconds(setup.idleSeconds),
      m_warningSeconds(setup.warningSeconds),
      m_code(CodeCharacters),
      m_pin(MaxPinDigits),
      // Access codes: 5 free tries, then 10 s doubling up to 5 minutes. With 2^60 codes
      // and a few thousand valid ones, that makes guessing hopeless.
      m_codeThrottle(5, 10'000, 300'000, m_clock),
      // The operator PIN: 3 free tries, then 30 s doubling up to 30 minutes.
      m_pinThrottle(3, 30'000, 1'800'000, m_clock)
{
    m_projects = new ProjectListModel(this, this);
    m_filtered = new ProjectFilterModel(this);
    m_filtered->setSourceModel(m_projects);
    m_idle = new IdleMonitor(m_clock, this);
    connect(m_idle, &IdleMonitor::expired, this, &KioskSession::timeOut);
    reloadRound();
    m_stage = restingStage();
    armIdleMonitor();
}

KioskSession::~KioskSession() = default;

void KioskSession::reloadRound()
{
    auto r = m_store->round(m_roundId);
    if (r) {
        const bool same = r->projects == m_round.projects && r->rules == m_round.rules;
        m_round = *r;
        if (!same) {
            loadProjectExtras();
            m_draft = BallotDraft(m_round);
            m_draft.setMoneyFormatter([this](int64_t amount) { return formatPrice(amount); });
            m_projects->reload();
            m_filtered->refilter();
        }
    }
    emit roundChanged();
    emit offerChanged();
    emit textsChanged();
    emit operatorChanged();
}

// Read once per set of projects (an open round's never change): what voters see besides
// the signed manifest. Without them the cards show the text as entered and no picture.
void KioskSession::loadProjectExtras()
{
    m_images.clear();
    if (auto images = m_store->projectImages(m_roundId)) {
        for (const auto &[id, bytes] : *images) {
            QImage image = QImage::fromData(bytes);
            if (!image.isNull())
                m_images.insert(id, image);
        }
    }
    m_translations.clear();
    if (auto translations = m_store->projectTranslations(m_roundId))
        m_translations = std::move(*translations);
}

const store::ProjectText *KioskSession::translation(int row) const
{
    if (m_language.isEmpty() || row < 0 || size_t(row) >= m_round.projects.size())
        return nullptr;
    const auto project = m_translations.find(m_round.projects[size_t(row)].id);
    if (project == m_translations.end())
        return nullptr;
    const auto text = project->second.find(m_language);
    return text == project->second.end() || text->second.title.trimmed().isEmpty() ? nullptr : &text->second;
}

QString KioskSession::projectTitle(int row) const
{
    if (const store::ProjectText *t = translation(row))
        return t->title;
    return row >= 0 && size_t(row) < m_round.projects.size() ? m_round.projects[size_t(row)].title : QString();
}

QString KioskSession::projectDescription(int row) const
{
    const store::ProjectText *t = translation(row);
    if (t && !t->description.trimmed().isEmpty())
        return t->description;
    return row >= 0 && size_t(row) < m_round.projects.size() ? m_round.projects[size_t(row)].description : QString();
}

KioskSession::Stage KioskSession::restingStage() const
{
    return votingOpen() ? Welcome : Unavailable;
}

void KioskSession::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    armIdleMonitor();
    emit stageChanged();
}

void KioskSession::armIdleMonitor()
{
    switch (m_stage) {
    case Access:
    case Ballot:
    case Review:
        if (!m_idle->active() || m_idle->idleSeconds() != m_idleSeconds) {
            m_idle->setLimits(m_idleSeconds, m_warningSeconds);
            m_idle->start();
        }
        break;
    case Done:
        m_idle->setLimits(DoneSeconds, 0);
        m_idle->start();
        break;
    case Operator:
        m_idle->setLimits(OperatorIdle, 0);
        m_idle->start();
        break;
    case Welcome:
    case Unavailable:
        // Someone may set a language or large text here and walk away: the next
        // person must find the kiosk's usual display (VVSG 2.0 7.1-A).
        m_idle->setLimits(WelcomeIdle, 0);
        m_idle->start();
        break;
    }
}

// Round facts ---------------------------------------------------------------------------

QString KioskSession::roundName() const
{
    return m_round.name;
}

QString KioskSession::ballotKind() const
{
    return ballotKindName(m_round.rules.kind);
}

bool KioskSession::votingOpen() const
{
    return m_round.state == RoundState::Open;
}

QString KioskSession::formatPrice(qint64 amount) const
{
    // The locale places the symbol ("€185,000", "185.000 €"); the digits are grouped by
    // threes here, as Qt 6.4 leaves 1000000 as "1000.000" in some locales. Whole
    // amounts read best without cents; amounts with cents keep them. Display only:
    // counting never sees these strings.
    const QLocale locale;
    const QString number = amount % 100 == 0 ? formatMoney(amount / 100, 0) : formatMoney(amount, 2);
    QString pattern = locale.toCurrencyString(qlonglong(7), currencySymbol(m_round.currency));
    return pattern.replace(locale.toString(7), number);
}

QString KioskSession::ruleSentence() const
{
    const BallotRules &r = m_round.rules;
    switch (r.kind) {
    case BallotKind::Approval:
        if (r.maxSelections > 0 && r.minSelections > 1)
            return tr("Choose from %1 to %2 projects that you would like the city to fund.")
                .arg(r.minSelections)
                .arg(r.maxSelections);
        if (r.maxSelections > 0)
            return tr("Choose up to %n project(s) that you would like the city to fund.", nullptr, r.maxSelections);
        return tr("Choose every project that you would like the city to fund.");
    case BallotKind::Knapsack:
        if (ballotBudgets().size() > 1)
            return tr("Choose the projects you would like the city to fund. Each budget below says how much its "
                      "projects can cost together.");
        return tr("Choose the projects you would like the city to fund. Together they can cost up to %1.")
            .arg(formatPrice(m_draft.budget(ballotBudgets().value(0))));
    case BallotKind::Cumulative:
        if (r.maxPointsPerProject > 0)
            return tr("Give your %n point(s) to the projects you support, at most %1 to one project. More points "
                      "mean more support.",
                      nullptr, r.totalPoints)
                .arg(r.maxPointsPerProject);
        return tr("Give your %n point(s) to the projects you support. More points mean more support.", nullptr,
                  r.totalPoints);
    case BallotKind::Ordinal:
        return tr("Rank up to %n project(s): tap them in order of preference, your favourite first.", nullptr,
                  m_draft.rankLimit());
    }
    return {};
}

QString KioskSession::districtSentence() const
{
    const QString id = m_draft.district();
    if (id.isEmpty())
        return {};
    const District *d = m_round.district(id);
    const QString name = d && !d->name.isEmpty() ? d->name : id;
    if (ballotBudgets().contains(QString()))
        return tr("You are voting for projects in %1 and city-wide.").arg(name);
    return tr("You are voting for projects in %1.").arg(name);
}

QStringList KioskSession::ballotBudgets() const
{
    QStringList out;
    bool cityWide = m_round.districts.empty();
    for (const Project &p : m_round.projects)
        cityWide = cityWide || p.district.isEmpty();
    if (cityWide)
        out << QString();
    const QString voter = m_draft.district();
    for (const District &d : m_round.districts) {
        if (voter.isEmpty() || d.id == voter)
            out << d.id;
    }
    return out;
}

QString KioskSession::unavailableReason() const
{
    switch (m_round.state) {
    case RoundState::Draft:
        return tr("Voting has not started yet.");
    case RoundState::Suspended:
        return tr("Voting is paused at this kiosk.");
    case RoundState::Closed:
    case RoundState::Tallied:
        return tr("Voting has ended. Thank you to everyone who took part!");
    case RoundState::Open:
        break;
    }
    return {};
}

ProjectListModel *KioskSession::projects() const
{
    return m_projects;
}

ProjectFilterModel *KioskSession::filteredProjects() const
{
    return m_filtered;
}

IdleMonitor *KioskSession::idle() const
{
    return m_idle;
}

QStringList KioskSession::categories() const
{
    QStringList out;
    for (size_t i = 0; i < m_round.projects.size(); ++i) {
        const QString &category = m_round.projects[i].category;
        if (!category.isEmpty() && !out.contains(category) && m_draft.isOffered(int(i)))
            out << category;
    }
    return out;
}

void KioskSession::setCategoryFilter(const QString &category)
{
    if (category == m_categoryFilter)
        return;
    m_categoryFilter = category;
    m_filtered->setCategory(category);
    emit categoryFilterChanged();
}

// The ballot -------------------------------------------------------------------------------

int KioskSession::pointsTotal() const
{
    return m_round.rules.totalPoints;
}

QString KioskSession::selectionSummary() const
{
    const BallotRules &r = m_round.rules;
    const int n = m_draft.chosenCount();
    switch (r.kind) {
    case BallotKind::Approval:
    case BallotKind::Knapsack:
        if (r.maxSelections > 0)
            return tr("%1 of %n project(s) chosen", nullptr, r.maxSelections).arg(n);
        return tr("%n project(s) chosen", nullptr, n);
    case BallotKind::Cumulative:
        return tr("%1 of %n point(s) given", nullptr, r.totalPoints).arg(m_draft.pointsGiven());
    case BallotKind::Ordinal:
        return tr("%1 of %n project(s) ranked", nullptr, m_draft.rankLimit()).arg(n);
    }
    return {};
}

QVariantList KioskSession::budgets() const
{
    QVariantList out;
    if (m_round.rules.kind != BallotKind::Knapsack)
        return out;
    auto entry = [&](const QString &districtId, const QString &name) {
        const int64_t budget = m_draft.budget(districtId);
        const int64_t spent = m_draft.spent(districtId);
        QVariantMap m;
        m[u"name"_qs] = name;
        m[u"budget"_qs] = qint64(budget);
        m[u"spent"_qs] = qint64(spent);
        m[u"fraction"_qs] = budget > 0 ? double(spent) / double(budget) : 0.0;
        m[u"spentText"_qs] = tr("Chosen: %1").arg(formatPrice(spent));
        m[u"leftText"_qs] = tr("Left: %1").arg(formatPrice(budget - spent));
        m[u"budgetText"_qs] = tr("Budget: %1").arg(formatPrice(budget));
        out << m;
    };
    // The city-wide budget and, for a district ballot, only that district's.
    for (const QString &id : ballotBudgets()) {
        const District *d = m_round.district(id);
        entry(id, d ? d->name : (m_round.districts.empty() ? QString() : tr("City-wide")));
    }
    return out;
}

bool KioskSession::canReview() const
{
    return bool(m_draft.readiness());
}

QString KioskSession::reviewHint() const
{
    const Status s = m_draft.readiness();
    return s ? QString() : s.error();
}

QVariantList KioskSession::reviewItems() const
{
    QVariantList out;
    const std::vector<int> chosen = m_draft.chosen();
    for (int i : chosen) {
        const Project &p = m_round.projects[size_t(i)];
        QVariantMap m;
        m[u"row"_qs] = i;
        m[u"title"_qs] = projectTitle(i);
        m[u"costText"_qs] = formatPrice(p.cost);
        switch (m_round.rules.kind) {
        case BallotKind::Cumulative:
            m[u"detail"_qs] = tr("%n point(s)", nullptr, m_draft.points(i));
            break;
        case BallotKind::Ordinal:
            m[u"detail"_qs] = tr("Choice %1").arg(m_draft.rank(i));
            break;
        default:
            m[u"detail"_qs] = tr("Chosen");
            break;
        }
        out << m;
    }
    return out;
}

QString KioskSession::reviewSummary() const
{
    const int n = m_draft.chosenCount();
    if (n == 0)
        return tr("Your ballot supports no project. It will be counted as a blank ballot.");
    switch (m_round.rules.kind) {
    case BallotKind::Approval:
        return tr("Your ballot supports %n project(s). Each counts as one vote for that project.", nullptr, n);
    case BallotKind::Knapsack: {
        int64_t budget = 0;
        for (const QString &id : ballotBudgets())
            budget += m_draft.budget(id);
        return tr("Your ballot supports %n project(s) costing %1 in total, out of a budget of %2.", nullptr, n)
            .arg(formatPrice(m_draft.totalCost()), formatPrice(budget));
    }
    case BallotKind::Cumulative:
        return tr("Your ballot gives %1 points to %n project(s).", nullptr, n).arg(m_draft.pointsGiven());
    case BallotKind::Ordinal:
        return tr("Your ballot ranks %n project(s), your first choice first.", nullptr, n);
    }
    return {};
}

void KioskSession::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

void KioskSession::clearNotice()
{
    setNotice({});
}

void KioskSession::districtChanged()
{
    m_filtered->refilter();
    emit offerChanged();
    emit textsChanged();
}

void KioskSession::draftEdited()
{
    m_projects->refresh();
    emit draftChanged();
}

void KioskSession::toggle(int row)
{
    if (m_stage != Ballot)
        return;
    const Status s = m_draft.toggle(row);
    setNotice(s ? QString() : s.error());
    draftEdited();
}

void KioskSession::addPoint(int row)
{
    if (m_stage != Ballot)
        return;
    const Status s = m_draft.setPoints(row, m_draft.points(row) + 1);
    setNotice(s ? QString() : s.error());
    draftEdited();
}

void KioskSession::removePoint(int row)
{
    if (m_stage != Ballot || m_draft.points(row) == 0)
        return;
    const Status s = m_draft.setPoints(row, m_draft.points(row) - 1);
    setNotice(s ? QString() : s.error());
    draftEdited();
}

void KioskSession::toggleRank(int row)
{
    if (m_stage != Ballot)
        return;
    if (m_draft.rank(row) > 0) {
        m_draft.removeFromRanking(row);
        setNotice({});
    } else {
        const Status s = m_draft.appendToRanking(row);
        setNotice(s ? QString() : s.error());
    }
    draftEdited();
}

void KioskSession::moveRank(int row, int delta)
{
    if (m_stage != Ballot && m_stage != Review)
        return;
    const Status s = m_draft.moveInRanking(row, delta);
    setNotice(s ? QString() : s.error());
    draftEdited();
}

bool KioskSession::review()
{
    if (m_stage != Ballot)
        return false;
    const Status s = m_draft.readiness();
    if (!s) {
        setNotice(s.error());
        return false;
    }
    setNotice({});
    setStage(Review);
    return true;
}

void KioskSession::backToBallot()
{
    if (m_stage != Review)
        return;
    m_castError.clear();
    emit castErrorChanged();
    setStage(Ballot);
}

// Access code ----------------------------------------------------------------------------

void KioskSession::begin()
{
    reloadRound();
    if (!votingOpen()) {
        setStage(Unavailable);
        return;
    }
    reset();
    setStage(Access);
}

QString KioskSession::typedCode() const
{
    QString out;
    for (size_t i = 0; i < m_codeLength; ++i) {
        if (i > 0 && i % 4 == 0)
            out += u'-';
        out += QChar(char16_t(m_code.data()[i]));
    }
    return out;
}

void KioskSession::typeCharacter(const QString &character)
{
    if (m_stage != Access)
        return;
    for (const QChar ch : character) {
        // Same reading as the store's: lower case accepted, 0/1/8 read as O/I/B.
        const QString normal = crypto::normaliseCode(QString(ch));
        if (normal.size() != 1 || m_codeLength >= size_t(CodeCharacters))
            continue;
        m_code.data()[m_codeLength++] = static_cast<unsigned char>(normal.at(0).unicode());
    }
    if (!m_accessMessage.isEmpty()) {
        m_accessMessage.clear();
        emit accessMessageChanged();
    }
    emit typedCodeChanged();
}

void KioskSession::eraseCharacter()
{
    if (m_codeLength == 0)
        return;
    m_code.data()[--m_codeLength] = 0;
    emit typedCodeChanged();
}

void KioskSession::clearCode()
{
    sodium_memzero(m_code.data(), m_code.size());
    m_codeLength = 0;
    emit typedCodeChanged();
}

int KioskSession::lockedSeconds() const
{
    return int((m_codeThrottle.waitMs() + 999) / 1000);
}

bool KioskSession::submitCode()
{
    if (m_stage != Access)
        return false;
    auto say = [this](const QString &message) {
        m_accessMessage = message;
        emit accessMessageChanged();
        emit lockedSecondsChanged();
        return false;
    };
    if (!m_codeThrottle.allowed())
        return say(tr("Too many codes were not accepted. Please wait %n second(s) and try again, or ask a "
                      "librarian for help.",
                      nullptr, lockedSeconds()));
    if (m_codeLength != size_t(CodeCharacters))
        return say(tr("Your code has 12 letters and numbers. You have typed %1.").arg(m_codeLength));
    reloadRound();
    if (!votingOpen()) {
        setStage(Unavailable);
        return false;
    }
    const QString code = typedCode();
    auto status = m_store->codeStatus(m_roundId, code);
    if (!status)
        return say(tr("This kiosk cannot check codes right now. Please ask a librarian for help."));
    switch (*status) {
    case store::CodeStatus::Unused: {
        // A code of a district batch votes on that district's ballot (and city-wide).
        auto district = m_store->codeDistrict(m_roundId, code);
        if (!district || !m_draft.setDistrict(*district))
            return say(tr("This kiosk cannot check codes right now. Please ask a librarian for help."));
        districtChanged();
        m_accessMessage.clear();
        emit accessMessageChanged();
        setNotice({});
        setStage(Ballot);
        return true;
    }
    case store::CodeStatus::Used:
        m_codeThrottle.recordFailure();
        return say(tr("This code has already been used to vote. Each code can vote once. If you have not voted "
                      "yet, please ask a librarian for help."));
    case store::CodeStatus::Voided:
        m_codeThrottle.recordFailure();
        return say(tr("This code was withdrawn by the organizers. A librarian can give you a new one."));
    case store::CodeStatus::Unknown:
        break;
    }
    m_codeThrottle.recordFailure();
    return say(tr("This code is not valid for this vote. Check each letter and number on your slip and try "
                  "again, or ask a librarian for help."));
}

// Casting ----------------------------------------------------------------------------------

bool KioskSession::confirm()
{
    if (m_stage != Review)
        return false;
    const QString code = typedCode();
    auto cast = m_store->cast(m_roundId, m_kioskId, m_kioskKey, code, m_draft.ballot());
    if (!cast) {
        // Nothing was stored (the store rolls back). Tell the voter whether the code
        // can still be used, in plain words; the technical reason is for the librarian.
        auto status = m_store->codeStatus(m_roundId, code);
        if (status && *status == store::CodeStatus::Used)
            m_castError = tr("This code has already been used to vote, so this ballot was not recorded. Please ask "
                             "a librarian for help.");
        else if (status && *status == store::CodeStatus::Voided)
            m_castError = tr("This code was withdrawn by the organizers, so this ballot was not recorded. A "
                             "librarian can give you a new one.");
        else
            m_castError = tr("Your vote was NOT recorded. Your code is still valid: you can try again, or ask a "
                             "librarian for help.");
        m_castError += u"\n"_qs + tr("Details for the librarian: %1").arg(cast.error());
        emit castErrorChanged();
        return false;
    }
    m_receipt = cast->receipt;
    // The ballot is stored; the voter's choices, district and code are not needed any more.
    clearCode();
    m_draft.clear();
    districtChanged();
    draftEdited();
    m_castError.clear();
    emit castErrorChanged();
    emit receiptChanged();
    setStage(Done);
    return true;
}

void KioskSession::reset()
{
    clearCode();
    m_draft.clear(); // the district too
    districtChanged();
    m_receipt.fill(u'\0');
    m_receipt.clear();
    m_notice.clear();
    m_accessMessage.clear();
    m_castError.clear();
    if (!m_categoryFilter.isEmpty())
        setCategoryFilter({});
    draftEdited();
    emit receiptChanged();
    emit noticeChanged();
    emit accessMessageChanged();
    emit castErrorChanged();
}

void KioskSession::finish()
{
    reset();
    reloadRound();
    setStage(restingStage());
    emit voterSessionEnded();
}

void KioskSession::cancel()
{
    finish();
}

void KioskSession::timeOut()
{
    if (m_stage == Operator) {
        lockOperator();
        return;
    }
    if (m_stage == Welcome || m_stage == Unavailable) {
        emit voterSessionEnded(); // back to the usual language and display
        m_idle->start();
        return;
    }
    finish();
}

// Operator ---------------------------------------------------------------------------------

void KioskSession::showOperator()
{
    if (m_stage != Welcome && m_stage != Unavailable)
        return;
    reset();
    m_operatorMessage.clear();
    setStage(Operator);
    emit operatorChanged();
}

void KioskSession::typePin(const QString &digit)
{
    if (m_stage != Operator || m_operatorUnlocked)
        return;
    for (const QChar ch : digit) {
        if (ch.isDigit() && ch.unicode() < 128 && m_pinLength < size_t(MaxPinDigits))
            m_pin.data()[m_pinLength++] = static_cast<unsigned char>(ch.unicode());
    }
    emit pinLengthChanged();
}

void KioskSession::erasePin()
{
    if (m_pinLength > 0)
        m_pin.data()[--m_pinLength] = 0;
    emit pinLengthChanged();
}

bool KioskSession::unlockOperator()
{
    if (m_stage != Operator)
        return false;
    auto wipe = [this] {
        sodium_memzero(m_pin.data(), m_pin.size());
        m_pinLength = 0;
        emit pinLengthChanged();
    };
    if (!m_pinThrottle.allowed()) {
        wipe();
        m_operatorMessage = tr("Too many wrong PINs. Wait %n second(s).", nullptr,
                               int((m_pinThrottle.waitMs() + 999) / 1000));
        emit operatorChanged();
        return false;
    }
    crypto::SecretBytes pin = crypto::SecretBytes::copyOf(m_pin.view().first(qsizetype(m_pinLength)));
    wipe();
    if (m_operatorPinHash.isEmpty() || !crypto::verifyPin(m_operatorPinHash, pin)) {
        m_pinThrottle.recordFailure();
        if (m_pinThrottle.failures() == 3)
            m_store->logEvent(m_roundId, record::EventType::OperatorAccess,
                              u"Operator PIN entered wrongly 3 times"_qs, m_kioskId);
        m_operatorMessage = tr("That PIN is not right.");
        emit operatorChanged();
        return false;
    }
    m_pinThrottle.reset();
    m_operatorUnlocked = true;
    m_operatorMessage.clear();
    m_store->logEvent(m_roundId, record::EventType::OperatorAccess, u"Operator screen unlocked"_qs, m_kioskId);
    reloadRound();
    return true;
}

void KioskSession::lockOperator()
{
    sodium_memzero(m_pin.data(), m_pin.size());
    m_pinLength = 0;
    m_operatorUnlocked = false;
    m_operatorMessage.clear();
    emit pinLengthChanged();
    emit operatorChanged();
    reloadRound();
    setStage(restingStage());
}

QString KioskSession::roundStateText() const
{
    switch (m_round.state) {
    case RoundState::Draft:
        return tr("Not open yet");
    case RoundState::Open:
        return tr("Open: taking votes");
    case RoundState::Suspended:
        return tr("Paused");
    case RoundState::Closed:
        return tr("Closed");
    case RoundState::Tallied:
        return tr("Closed and counted");
    }
    return {};
}

int KioskSession::ballotCount() const
{
    auto c = m_store->counts(m_roundId);
    return c ? int(c->ballots) : 0;
}

QVariantList KioskSession::checkpoints() const
{
    QVariantList out;
    auto list = m_store->checkpoints(m_roundId);
    if (!list)
        return out;
    for (const auto &c : *list) {
        if (c.kioskId != m_kioskId)
            continue;
        auto body = record::Checkpoint::decode(c.body);
        QVariantMap m;
        m[u"batch"_qs] = qint64(c.batch);
        m[u"witness"_qs] = c.witness;
        m[u"ballots"_qs] = body ? qint64(body->totalBallots) : qint64(-1);
        m[u"final"_qs] = body && body->kind == record::CheckpointKind::Close;
        m[u"time"_qs] = body ? QLocale().toString(QDateTime::fromSecsSinceEpoch(body->time), QLocale::ShortFormat)
                             : QString();
        out << m;
    }
    return out;
}

bool KioskSession::suspendVoting()
{
    if (!m_operatorUnlocked)
        return false;
    auto c = m_store->suspend(m_roundId, m_kioskKey);
    if (!c) {
        m_operatorMessage = tr("Could not pause voting: %1").arg(c.error());
    } else {
        m_operatorMessage = tr("Voting is paused. Write witness code %1 in the paper log.").arg(c->witness);
    }
    reloadRound();
    return bool(c);
}

bool KioskSession::resumeVoting()
{
    if (!m_operatorUnlocked)
        return false;
    const Status s = m_store->resume(m_roundId);
    m_operatorMessage = s ? tr("Voting is open again.") : tr("Could not reopen voting: %1").arg(s.error());
    reloadRound();
    return bool(s);
}

bool KioskSession::closeVoting()
{
    if (!m_operatorUnlocked)
        return false;
    auto c = m_store->close(m_roundId, &m_kioskKey);
    if (!c) {
        m_operatorMessage = tr("Could not close voting: %1").arg(c.error());
    } else if (c->witness.isEmpty()) {
        m_operatorMessage = tr("Voting is closed. No ballots were cast at this kiosk.");
    } else {
        m_operatorMessage = tr("Voting is closed. Write the final witness code %1 in the paper log.").arg(c->witness);
    }
    reloadRound();
    return bool(c);
}

void KioskSession::clearAccessMessage()
{
    m_accessMessage.clear();
    emit accessMessageChanged();
}

void KioskSession::clearOperatorMessage()
{
    m_operatorMessage.clear();
    emit operatorChanged();
}

void KioskSession::clearCastError()
{
    m_castError.clear();
    emit castErrorChanged();
}

void KioskSession::setLanguage(const QString &code)
{
    m_language = code;
    retranslate();
}

void KioskSession::retranslate()
{
    m_projects->refresh();
    emit textsChanged();
    emit draftChanged();
    emit operatorChanged();
}

} // namespace pbvote::kiosk
