#pragma once

#include "QmlInstance.h"

#include "crypto/SecretBytes.h"
#include "model/BallotDraft.h"
#include "store/BallotStore.h"
#include "util/AttemptThrottle.h"

#include "IdleMonitor.h"
#include "ProjectListModel.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace pbvote::kiosk {


// What a kiosk runs with: its database, the round it serves, its unlocked signing key
// and the hash of the operator PIN. Made by pbvote-kiosk's main() (or a test).
struct KioskSetup
{
    std::unique_ptr<store::BallotStore> store;
    int64_t roundId = 0;
    QString kioskId;
    crypto::SecretBytes kioskKey;
    QByteArray operatorPinHash; // crypto::hashPin
    QStringList demoCodes;      // demo rounds only: unused codes to show on the access screen
    // Millisecond monotonic clock (tests pass a fake one); default QElapsedTimer-based.
    std::function<int64_t()> clock;
    // Seconds without input before the "Do you need more time?" warning, and how long
    // the warning lasts before the session is wiped (VVSG 2.0 7.2-O: 120–300 and 20–45).
    int idleSeconds = 150;
    int warningSeconds = 30;
};

// One voter at a time, from the welcome screen to the receipt: the state machine of the
// kiosk, the ballot being filled in (a core BallotDraft), access-code checking with
// throttling, casting through the store, and the operator's functions behind a PIN.
// QML shows it; every rule lives here or in core. Nothing about a voter outlives
// reset(): the draft, the typed code and the receipt are wiped when the voter is done,
// walks away (idle time-out) or cancels.
class KioskSession : public QObject, public QmlInstance<KioskSession>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QString roundName READ roundName NOTIFY roundChanged)
    Q_PROPERTY(QString ballotKind READ ballotKind NOTIFY roundChanged)
    Q_PROPERTY(bool votingOpen READ votingOpen NOTIFY roundChanged)
    Q_PROPERTY(QString ruleSentence READ ruleSentence NOTIFY textsChanged)
    // "You are voting for projects in North district and city-wide." ("" for a city-wide code)
    Q_PROPERTY(QString districtSentence READ districtSentence NOTIFY textsChanged)
    Q_PROPERTY(QString unavailableReason READ unavailableReason NOTIFY textsChanged)
    Q_PROPERTY(pbvote::kiosk::ProjectListModel *projects READ projects CONSTANT)
    Q_PROPERTY(pbvote::kiosk::ProjectFilterModel *filteredProjects READ filteredProjects CONSTANT)
    Q_PROPERTY(QStringList categories READ categories NOTIFY offerChanged)
    Q_PROPERTY(QString categoryFilter READ categoryFilter WRITE setCategoryFilter NOTIFY categoryFilterChanged)

    // The ballot being filled in
    Q_PROPERTY(int chosenCount READ chosenCount NOTIFY draftChanged)
    Q_PROPERTY(QString selectionSummary READ selectionSummary NOTIFY draftChanged)
    Q_PROPERTY(QVariantList budgets READ budgets NOTIFY draftChanged)
    Q_PROPERTY(int pointsTotal READ pointsTotal NOTIFY roundChanged)
    Q_PROPERTY(int pointsLeft READ pointsLeft NOTIFY draftChanged)
    Q_PROPERTY(bool canReview READ canReview NOTIFY draftChanged)
    Q_PROPERTY(QString reviewHint READ reviewHint NOTIFY draftChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QVariantList reviewItems READ reviewItems NOTIFY draftChanged)
    Q_PROPERTY(QString reviewSummary READ reviewSummary NOTIFY draftChanged)

    // Access code and receipt
    Q_PROPERTY(QString typedCode READ typedCode NOTIFY typedCodeChanged)
    Q_PROPERTY(int typedLength READ typedLength NOTIFY typedCodeChanged)
    Q_PROPERTY(int codeLength READ codeLength CONSTANT)
    Q_PROPERTY(QString accessMessage READ accessMessage NOTIFY accessMessageChanged)
    Q_PROPERTY(int lockedSeconds READ lockedSeconds NOTIFY lockedSecondsChanged)
    Q_PROPERTY(QString castError READ castError NOTIFY castErrorChanged)
    Q_PROPERTY(QString receipt READ receipt NOTIFY receiptChanged)
    Q_PROPERTY(QStringList demoCodes READ demoCodes NOTIFY demoCodesChanged)
    Q_PROPERTY(int pinLength READ pinLength NOTIFY pinLengthChanged)

    // Operator
    Q_PROPERTY(bool operatorUnlocked READ operatorUnlocked NOTIFY operatorChanged)
    Q_PROPERTY(QString operatorMessage READ operatorMessage NOTIFY operatorChanged)
    Q_PROPERTY(QString roundStateText READ roundStateText NOTIFY operatorChanged)
    Q_PROPERTY(QString roundState READ roundState NOTIFY operatorChanged) // draft/open/suspended/closed/tallied
    Q_PROPERTY(QString kioskId READ kioskId CONSTANT)
    Q_PROPERTY(int ballotCount READ ballotCount NOTIFY operatorChanged)
    Q_PROPERTY(QVariantList checkpoints READ checkpoints NOTIFY operatorChanged)
    Q_PROPERTY(bool quitAllowed READ quitAllowed NOTIFY operatorChanged)
    Q_PROPERTY(pbvote::kiosk::IdleMonitor *idle READ idle CONSTANT)

public:
    enum Stage { Welcome, Access, Ballot, Review, Done, Unavailable, Operator };
    Q_ENUM(Stage)

    explicit KioskSession(KioskSetup setup, QObject *parent = nullptr);
    ~KioskSession() override;


    Stage stage() const { return m_stage; }
    QString roundName() const;
    QString ballotKind() const;
    bool votingOpen() const;
    QString ruleSentence() const;
    QString districtSentence() const;
    QString unavailableReason() const;
    ProjectListModel *projects() const;
    ProjectFilterModel *filteredProjects() const;
    QStringList categories() const;
    QString categoryFilter() const { return m_categoryFilter; }
    void setCategoryFilter(const QString &category);

    int chosenCount() const { return m_draft.chosenCount(); }
    QString selectionSummary() const;
    QVariantList budgets() const;
    int pointsTotal() const;
    int pointsLeft() const { return m_draft.pointsLeft(); }
    bool canReview() const;
    QString reviewHint() const;
    QString notice() const { return m_notice; }
    QVariantList reviewItems() const;
    QString reviewSummary() const;

    QString typedCode() const;
    int typedLength() const { return int(m_codeLength); }
    int codeLength() const { return 12; }
    QString accessMessage() const { return m_accessMessage; }
    int lockedSeconds() const;
    QString castError() const { return m_castError; }
    QString receipt() const { return m_receipt; }
    QStringList demoCodes() const { return m_demoCodes; }

    bool operatorUnlocked() const { return m_operatorUnlocked; }
    QString operatorMessage() const { return m_operatorMessage; }
    QString roundStateText() const;
    QString roundState() const { return roundStateName(m_round.state); }
    QString kioskId() const { return m_kioskId; }
    int ballotCount() const;
    QVariantList checkpoints() const;
    bool quitAllowed() const { return m_operatorUnlocked; }
    IdleMonitor *idle() const;

    const BallotDraft &draft() const { return m_draft; }
    store::BallotStore &store() { return *m_store; }
    int64_t roundId() const { return m_roundId; }

    // A project's title and description as the voter reads them: the organizers'
    // translation into the kiosk's current language when there is one, else the text
    // as entered (also for a translation that leaves the description empty).
    QString projectTitle(int row) const;
    QString projectDescription(int row) const;
    QString language() const { return m_language; }

    // The project's picture (null when it has none).
    QImage projectImage(const QString &projectId) const { return m_images.value(projectId); }
    bool hasImage(const QString &projectId) const { return m_images.contains(projectId); }

    // Money as the voter reads it: "€185,000" (cents shown only when there are some).
    Q_INVOKABLE QString formatPrice(qint64 amount) const;

public slots:
    // Voter's path
    void begin();                       // welcome → access code
    void typeCharacter(const QString &character);
    void eraseCharacter();
    void clearCode();
    bool submitCode();                  // access → ballot when the code is valid and unused
    void toggle(int row);               // approval / knapsack: choose or un-choose
    void addPoint(int row);             // cumulative
    void removePoint(int row);
    void toggleRank(int row);           // ordinal: add to the end of the ranking, or remove
    void moveRank(int row, int delta);
    void clearNotice();
    bool review();                      // ballot → review when the ballot may be cast
    void backToBallot();
    bool confirm();                     // review → done: the ballot is cast (durable) first
    void finish();                      // done → welcome
    void cancel();                      // the voter gives up: wipe and go to welcome
    void timeOut();                     // idle time-out: same as cancel, with a log line

    // Operator (behind the PIN)
    void typePin(const QString &digit);
    void erasePin();
    bool unlockOperator();
    void lockOperator();
    bool suspendVoting();
    bool resumeVoting();
    bool closeVoting();
    void showOperator();                // from the welcome screen: asks for the PIN
    void clearOperatorMessage();
    void clearAccessMessage();
    void clearCastError();

    // The display language changed: strings made here are remade.
    void retranslate();
    // The kiosk now shows `code` ("es", ...): project texts follow it, then retranslate().
    void setLanguage(const QString &code);

signals:
    void stageChanged();
    void roundChanged();
    void textsChanged();
    void categoryFilterChanged();
    // Which projects the voter is offered changed (a district code, the next voter).
    void offerChanged();
    void draftChanged();
    void noticeChanged();
    void typedCodeChanged();
    void accessMessageChanged();
    void lockedSecondsChanged();
    void castErrorChanged();
    void receiptChanged();
    void demoCodesChanged();
    void operatorChanged();
    void pinLengthChanged();
    // A voter's session ended (cast, cancelled or timed out): the view resets the
    // display settings for the next voter.
    void voterSessionEnded();

public:
    int pinLength() const { return int(m_pinLength); }

private:
    void setStage(Stage stage);
    void armIdleMonitor(); // the idle limits of the current stage
    void setNotice(const QString &notice);
    void draftEdited();
    void reset();
    void reloadRound();
    void loadProjectExtras(); // pictures and translations
    // The draft's district changed: the cards offered and the categories follow.
    void districtChanged();
    // Budgets the voter's ballot draws on: "" (city-wide) and district ids.
    QStringList ballotBudgets() const;
    const store::ProjectText *translation(int row) const;
    Stage restingStage() const;

    std::unique_ptr<store::BallotStore> m_store;
    int64_t m_roundId = 0;
    QString m_kioskId;
    crypto::SecretBytes m_kioskKey;
    QByteArray m_operatorPinHash;
    QStringList m_demoCodes;
    std::function<int64_t()> m_clock;
    int m_idleSeconds = 150;
    int m_warningSeconds = 30;

    Round m_round;
    QHash<QString, QImage> m_images;
    store::ProjectTranslations m_translations;
    QString m_language;
    BallotDraft m_draft;
    Stage m_stage = Welcome;
    QString m_categoryFilter;
    QString m_notice;
    crypto::SecretBytes m_code;
    size_t m_codeLength = 0;
    QString m_accessMessage;
    QString m_castError;
    QString m_receipt;
    crypto::SecretBytes m_pin;
    size_t m_pinLength = 0;
    bool m_operatorUnlocked = false;
    QString m_operatorMessage;
    AttemptThrottle m_codeThrottle;
    AttemptThrottle m_pinThrottle;

    ProjectListModel *m_projects = nullptr;
    ProjectFilterModel *m_filtered = nullptr;
    IdleMonitor *m_idle = nullptr;
};

} // namespace pbvote::kiosk
