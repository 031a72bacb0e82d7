import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PbVote.Kiosk

// The kiosk window: full screen without decorations (unless started --windowed), one
// page per step of the voter's path, made afresh for each step so nothing of a voter
// stays in the view. It cannot be closed without the operator PIN.
ApplicationWindow {
    id: window
    objectName: "kioskWindow"
    width: 1280
    height: 800
    flags: Theme.fullScreen ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    title: qsTr("pbvote kiosk")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSize

    onClosing: function (close) { close.accepted = KioskSession.quitAllowed }

    readonly property var pages: ({})
    readonly property bool voterStage: KioskSession.stage === KioskSession.Access
                                       || KioskSession.stage === KioskSession.Ballot
                                       || KioskSession.stage === KioskSession.Review

    Item {
        id: root
        objectName: "kioskRoot"
        anchors.fill: parent
        LayoutMirroring.enabled: Languages.rightToLeft
        LayoutMirroring.childrenInherit: true

        ColumnLayout {
            anchors.fill: parent
            spacing: 0
            TopBar {
                id: topBar
                Layout.fillWidth: true
                visible: KioskSession.stage !== KioskSession.Operator
                showStartOver: window.voterStage
                onLanguageRequested: languagePanel.open()
                onDisplayRequested: displayPanel.open()
                // Starting over loses the choices made so far: ask first.
                onStartOverRequested: {
                    if (KioskSession.chosenCount > 0)
                        startOverConfirm.open()
                    else
                        KioskSession.cancel()
                }
            }
            Loader {
                id: pageLoader
                objectName: "pageLoader"
                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
                sourceComponent: {
                    switch (KioskSession.stage) {
                    case KioskSession.Welcome: return welcomePage
                    case KioskSession.Access: return accessPage
                    case KioskSession.Ballot: return ballotPage
                    case KioskSession.Review: return reviewPage
                    case KioskSession.Done: return donePage
                    case KioskSession.Operator: return operatorPage
                    default: return unavailablePage
                    }
                }
                onLoaded: {
                    item.focus = true
                    item.focusFirst()
                    Audio.say(item.spoken)
                }
            }
        }
    }

    Component { id: welcomePage; WelcomePage { objectName: "welcomePage" } }
    Component { id: accessPage; AccessPage { objectName: "accessPage" } }
    Component { id: ballotPage; BallotPage { objectName: "ballotPage" } }
    Component { id: reviewPage; ReviewPage { objectName: "reviewPage" } }
    Component { id: donePage; DonePage { objectName: "donePage" } }
    Component { id: unavailablePage; UnavailablePage { objectName: "unavailablePage" } }
    Component { id: operatorPage; OperatorPage { objectName: "operatorPage" } }

    LanguagePanel { id: languagePanel; objectName: "languagePanel" }
    DisplayPanel { id: displayPanel; objectName: "displayPanel" }
    IdleWarning { }
    KioskPopup {
        id: startOverConfirm
        objectName: "startOverConfirm"
        onOpened: keepButton.forceActiveFocus()
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing * 1.5
            KText {
                Layout.fillWidth: true
                text: qsTr("Start over?")
                font.pixelSize: Theme.titleSize
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            KText {
                Layout.fillWidth: true
                text: qsTr("The choices on this ballot will be cleared. Nothing has been stored, and your code stays valid.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KioskButton {
                    id: keepButton
                    objectName: "keepBallot"
                    primary: true
                    text: qsTr("No, keep my ballot")
                    onClicked: startOverConfirm.close()
                }
                KioskButton {
                    objectName: "confirmStartOver"
                    text: qsTr("Yes, start over")
                    onClicked: {
                        startOverConfirm.close()
                        KioskSession.cancel()
                    }
                }
            }
        }
    }

    Connections {
        target: KioskSession
        // A new voter starts with every panel shut and the usual display.
        function onVoterSessionEnded() {
            languagePanel.close()
            displayPanel.close()
            startOverConfirm.close()
        }
    }
    Connections {
        target: Languages
        function onChanged() { if (pageLoader.item) Audio.say(pageLoader.item.spoken) }
    }
}
