import QtQuick
import QtQuick.Layouts
import PbVote.Kiosk

// For poll workers, behind the operator PIN: this kiosk's state and ballot count
// (never their content), pause, reopen and close voting, the witness code of each
// signed checkpoint for the paper log, and leaving the kiosk program.
Item {
    id: page
    readonly property string spoken: KioskSession.operatorUnlocked ? qsTr("Staff screen") : pinHeading.text
    function focusFirst() {
        if (KioskSession.operatorUnlocked) lockButton.forceActiveFocus()
        else pinPad.children[1].children[0].forceActiveFocus()
    }
    Connections {
        target: KioskSession
        function onOperatorChanged() { page.focusFirst() }
    }

    // Digits from a keyboard too.
    Keys.onPressed: function (event) {
        if (KioskSession.operatorUnlocked) return
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            KioskSession.typePin(event.text); event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            KioskSession.erasePin(); event.accepted = true
        }
    }

    PageScroller {
        anchors.fill: parent
        visible: !KioskSession.operatorUnlocked
        KText {
            id: pinHeading
            Layout.fillWidth: true
            text: qsTr("Staff only: enter the operator PIN")
            font.pixelSize: Theme.titleSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        NoticeBanner {
            Layout.fillWidth: true
            isError: true
            message: KioskSession.operatorMessage
            onDismissed: KioskSession.clearOperatorMessage()
        }
        PinPad {
            id: pinPad
            Layout.alignment: Qt.AlignHCenter
            onSubmitted: KioskSession.unlockOperator()
            onCancelled: KioskSession.lockOperator()
        }
    }

    PageScroller {
        anchors.fill: parent
        visible: KioskSession.operatorUnlocked
        KText {
            Layout.fillWidth: true
            text: qsTr("Kiosk %1").arg(KioskSession.kioskId)
            font.pixelSize: Theme.titleSize
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        KText {
            Layout.fillWidth: true
            text: KioskSession.roundName
        }
        KText {
            objectName: "operatorState"
            Layout.fillWidth: true
            text: qsTr("Voting: %1").arg(KioskSession.roundStateText)
            font.bold: true
        }
        KText {
            objectName: "ballotCount"
            Layout.fillWidth: true
            text: qsTr("Ballots stored on this kiosk: %1").arg(KioskSession.ballotCount)
        }
        NoticeBanner {
            objectName: "operatorMessage"
            Layout.fillWidth: true
            message: KioskSession.operatorMessage
            onDismissed: KioskSession.clearOperatorMessage()
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton {
                objectName: "suspendButton"
                visible: KioskSession.roundState === "open"
                text: qsTr("Pause voting")
                onClicked: KioskSession.suspendVoting()
            }
            KioskButton {
                objectName: "resumeButton"
                visible: KioskSession.roundState === "suspended"
                text: qsTr("Reopen voting")
                onClicked: KioskSession.resumeVoting()
            }
            KioskButton {
                objectName: "closeButton"
                visible: !closeConfirm.visible && (KioskSession.roundState === "open"
                                                   || KioskSession.roundState === "suspended")
                text: qsTr("Close voting for good")
                onClicked: closeConfirm.visible = true
            }
        }
        Rectangle {
            id: closeConfirm
            visible: false
            Layout.fillWidth: true
            implicitHeight: confirmColumn.implicitHeight + 2 * Theme.spacing
            color: Theme.notice
            border.color: Theme.onNotice
            border.width: 3
            radius: Theme.radius
            ColumnLayout {
                id: confirmColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                KText {
                    Layout.fillWidth: true
                    color: Theme.onNotice
                    text: qsTr("Closing ends voting at this kiosk for this round. It cannot be undone. Close now?")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    KioskButton {
                        objectName: "confirmClose"
                        primary: true
                        text: qsTr("Yes, close voting")
                        onClicked: { closeConfirm.visible = false; KioskSession.closeVoting() }
                    }
                    KioskButton {
                        text: qsTr("No, keep it open")
                        onClicked: closeConfirm.visible = false
                    }
                }
            }
        }
        KText {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: qsTr("Witness codes for the paper log")
            font.pixelSize: Theme.headingSize
            font.bold: true
        }
        KText {
            Layout.fillWidth: true
            visible: KioskSession.checkpoints.length === 0
            text: qsTr("None yet: a witness code appears each time voting is paused or closed.")
            color: Theme.mutedText
        }
        Repeater {
            model: KioskSession.checkpoints
            delegate: KText {
                required property var modelData
                objectName: "witness"
                Layout.fillWidth: true
                text: (modelData.final ? qsTr("Final, batch %1: %2 (%n ballot(s) in all, %3)", "", modelData.ballots)
                                       : qsTr("Batch %1: %2 (%n ballot(s) in all, %3)", "", modelData.ballots))
                      .arg(modelData.batch).arg(modelData.witness).arg(modelData.time)
            }
        }
        Flow {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing * 2
            spacing: Theme.spacing
            KioskButton {
                id: lockButton
                objectName: "lockButton"
                primary: true
                text: qsTr("Lock and return to voting")
                onClicked: KioskSession.lockOperator()
            }
            KioskButton {
                objectName: "quitButton"
                text: qsTr("Quit the kiosk program")
                onClicked: Qt.quit()
            }
        }
    }
}
