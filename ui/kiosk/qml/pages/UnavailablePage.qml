import QtQuick
import QtQuick.Layouts
import PbVote.Kiosk

// Shown while the round is not open at this kiosk (not started, paused or ended).
Item {
    readonly property string spoken: reason.text + " " + help.text
    function focusFirst() { staff.forceActiveFocus() }
    PageScroller {
        anchors.fill: parent
        KText {
            Layout.fillWidth: true
            text: KioskSession.roundName
            font.pixelSize: Theme.titleSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        KText {
            id: reason
            objectName: "unavailableReason"
            Layout.fillWidth: true
            text: KioskSession.unavailableReason
            font.pixelSize: Theme.headingSize
            horizontalAlignment: Text.AlignHCenter
        }
        KText {
            id: help
            Layout.fillWidth: true
            text: qsTr("Please ask a librarian for help.")
            horizontalAlignment: Text.AlignHCenter
        }
        KioskButton {
            id: staff
            objectName: "staffButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacing * 3
            text: qsTr("Staff only")
            onClicked: KioskSession.showOperator()
        }
    }
}
