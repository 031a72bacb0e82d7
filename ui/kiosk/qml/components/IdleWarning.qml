import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PbVote.Kiosk

// VVSG 2.0 7.2-O: after a while without a touch, ask whether the voter needs more
// time, with a countdown; when it runs out the session is wiped.
KioskPopup {
    id: warning
    objectName: "idleWarning"
    visible: KioskSession.idle.warning
    onOpened: {
        moreTime.forceActiveFocus()
        Audio.say(title.text + " " + body.text)
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 1.5
        KText {
            id: title
            Layout.fillWidth: true
            text: qsTr("Do you need more time?")
            font.pixelSize: Theme.titleSize
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        KText {
            id: body
            Layout.fillWidth: true
            text: qsTr("To protect your privacy, this ballot will be cleared in %n second(s) unless you touch the screen.",
                       "", KioskSession.idle.secondsLeft)
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton {
                id: moreTime
                objectName: "moreTime"
                primary: true
                text: qsTr("I need more time")
                onClicked: KioskSession.idle.poke()
            }
            KioskButton {
                text: qsTr("Start over")
                onClicked: KioskSession.cancel()
            }
        }
    }
}
