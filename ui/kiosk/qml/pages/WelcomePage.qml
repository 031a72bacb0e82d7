import QtQuick
import QtQuick.Layouts
import PbVote.Kiosk

// The attract screen: the round, the languages (each in its own name), and Start.
Item {
    id: page
    readonly property string spoken: KioskSession.roundName + ". " + intro.text + " " + hint.text
    function focusFirst() { start.forceActiveFocus() }

    PageScroller {
        anchors.fill: parent
        KText {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing * 2
            text: KioskSession.roundName
            font.pixelSize: Theme.titleSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.Heading
        }
        KText {
            id: intro
            Layout.fillWidth: true
            text: qsTr("Help decide how the city spends part of its budget: vote for the projects you want.")
            horizontalAlignment: Text.AlignHCenter
        }
        KText {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: qsTr("Choose your language")
            font.pixelSize: Theme.headingSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        LanguageChoices {
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            Layout.alignment: Qt.AlignHCenter
        }
        KioskButton {
            id: start
            objectName: "startButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacing * 2
            Layout.preferredWidth: Math.max(implicitWidth, Theme.fontSize * 14)
            Layout.maximumWidth: parent.width
            primary: true
            text: qsTr("Start voting")
            font.pixelSize: Theme.headingSize
            onClicked: KioskSession.begin()
        }
        KText {
            id: hint
            Layout.fillWidth: true
            text: qsTr("You need the access code printed on your voting slip. If you do not have one, please ask a librarian.")
            horizontalAlignment: Text.AlignHCenter
            color: Theme.mutedText
        }
        KioskButton {
            objectName: "staffButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacing * 3
            text: qsTr("Staff only")
            spoken: qsTr("Staff only: kiosk settings for librarians")
            onClicked: KioskSession.showOperator()
        }
    }
}
