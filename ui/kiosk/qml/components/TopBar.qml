import QtQuick
import QtQuick.Layouts
import PbVote.Kiosk

// Always there for the voter: language, text and colours, audio, and starting over.
Rectangle {
    id: bar
    property bool showStartOver: false
    signal languageRequested()
    signal displayRequested()
    signal startOverRequested()
    color: Theme.background
    implicitHeight: flow.implicitHeight + 2 * Theme.spacing
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 2
        color: Theme.border
    }
    Flow {
        id: flow
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        layoutDirection: Qt.RightToLeft // packs at the end of the line; mirrored for RTL
        KioskButton {
            objectName: "languageButton"
            text: Languages.currentName
            spoken: qsTr("Language: %1. Change language").arg(Languages.currentName)
            onClicked: bar.languageRequested()
        }
        KioskButton {
            objectName: "displayButton"
            text: qsTr("Text and colours")
            onClicked: bar.displayRequested()
        }
        KioskButton {
            objectName: "audioButton"
            text: Audio.enabled ? qsTr("Audio on") : qsTr("Read aloud")
            highlighted_: Audio.enabled
            onClicked: Audio.enabled = !Audio.enabled
        }
        KioskButton {
            objectName: "startOver"
            visible: bar.showStartOver
            text: qsTr("Start over")
            spoken: qsTr("Start over: clear this ballot and go back to the first screen")
            onClicked: bar.startOverRequested()
        }
    }
}
