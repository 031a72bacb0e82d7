import QtQuick
import QtQuick.Layouts
import PbVote.Kiosk

// The voter types the one-time code from their slip.
Item {
    id: page
    readonly property string spoken: heading.text + ". " + instructions.text
    function focusFirst() { keypad.children[0].forceActiveFocus() }

    // A physical keyboard works too: letters and digits type, Backspace erases, and
    // Enter (or Ctrl+Enter anywhere) submits. Typing on the keyboard moves the focus to
    // Continue, so Enter submits instead of pressing an on-screen key; a switch user
    // who steps through the on-screen keys keeps Enter for them.
    Keys.onPressed: function (event) {
        if (event.key === Qt.Key_Backspace) {
            KioskSession.eraseCharacter(); event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            KioskSession.submitCode(); event.accepted = true
        } else if (event.text.length === 1 && /[A-Za-z0-9]/.test(event.text)) {
            KioskSession.typeCharacter(event.text)
            submitButton.forceActiveFocus()
            event.accepted = true
        }
    }

    PageScroller {
        anchors.fill: parent
        KText {
            id: heading
            Layout.fillWidth: true
            text: qsTr("Type your access code")
            font.pixelSize: Theme.titleSize
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        KText {
            id: instructions
            Layout.fillWidth: true
            text: qsTr("The code is on your voting slip: 12 letters and numbers. Each code can vote once.")
        }
        CodeDisplay {
            Layout.alignment: Qt.AlignHCenter
            code: KioskSession.typedCode
        }
        NoticeBanner {
            objectName: "accessMessage"
            Layout.fillWidth: true
            isError: true
            message: KioskSession.accessMessage
            onDismissed: {
                KioskSession.clearAccessMessage()
                KioskSession.clearCode()
            }
        }
        Keypad {
            id: keypad
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: parent.width
            onTyped: function (c) { KioskSession.typeCharacter(c) }
            onErased: KioskSession.eraseCharacter()
            onCleared: KioskSession.clearCode()
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton {
                id: submitButton
                objectName: "submitCode"
                primary: true
                text: qsTr("Continue")
                spoken: qsTr("Continue with this code")
                onClicked: KioskSession.submitCode()
            }
            KioskButton {
                text: qsTr("Back")
                onClicked: KioskSession.cancel()
            }
        }
        KText {
            Layout.fillWidth: true
            text: qsTr("Code not accepted? A librarian can check it for you.")
            color: Theme.mutedText
        }
        KText {
            objectName: "demoCodes"
            Layout.fillWidth: true
            visible: KioskSession.demoCodes.length > 0
            text: qsTr("Demonstration round: you can use one of these codes: %1").arg(KioskSession.demoCodes.slice(0, 3).join(", "))
            color: Theme.mutedText
        }
    }
}
