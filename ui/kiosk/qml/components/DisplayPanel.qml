import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PbVote.Kiosk

// The voter's display and audio settings (VVSG 2.0 7.1): text size, contrast, audio
// and its speed, and a way back to the defaults that keeps the ballot as it is.
KioskPopup {
    id: panel
    onOpened: closeButton.forceActiveFocus()
    Flickable {
        anchors.fill: parent
        implicitHeight: content.implicitHeight
        contentHeight: content.implicitHeight
        clip: true
        flickableDirection: Flickable.VerticalFlick
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded; width: Theme.spacing * 2 }
        ColumnLayout {
            id: content
            width: parent.width
            spacing: Theme.spacing
            KText {
                Layout.fillWidth: true
                text: qsTr("Text, colours and sound")
                font.pixelSize: Theme.titleSize
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            KText { Layout.fillWidth: true; text: qsTr("Text size"); font.bold: true }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: Theme.textSizeNames
                    delegate: KioskButton {
                        required property int index
                        required property string modelData
                        objectName: "textSize" + index
                        text: modelData
                        highlighted_: Theme.textSize === index
                        onClicked: Theme.textSize = index
                    }
                }
            }
            KText { Layout.fillWidth: true; text: qsTr("Colours"); font.bold: true }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: Theme.contrastNames
                    delegate: KioskButton {
                        required property int index
                        required property string modelData
                        objectName: "contrast" + index
                        text: modelData
                        highlighted_: Theme.contrast === index
                        onClicked: Theme.contrast = index
                    }
                }
            }
            KText { Layout.fillWidth: true; text: qsTr("Read aloud"); font.bold: true }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KioskButton {
                    objectName: "audioToggle"
                    text: Audio.enabled ? qsTr("Turn audio off") : qsTr("Turn audio on")
                    highlighted_: Audio.enabled
                    onClicked: Audio.enabled = !Audio.enabled
                }
                KioskButton {
                    visible: Audio.enabled
                    text: qsTr("Slower")
                    enabled: Audio.rate > 0
                    onClicked: Audio.rate = Audio.rate - 1
                }
                KioskButton {
                    visible: Audio.enabled
                    text: qsTr("Faster")
                    enabled: Audio.rate < Audio.rateNames.length - 1
                    onClicked: Audio.rate = Audio.rate + 1
                }
            }
            KText {
                Layout.fillWidth: true
                text: Audio.enabled ? Audio.status + " " + Audio.rateNames[Audio.rate] : Audio.status
                color: Theme.mutedText
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KioskButton {
                    objectName: "restoreDefaults"
                    text: qsTr("Restore the usual settings")
                    onClicked: { Theme.reset(); Audio.reset() }
                }
                KioskButton {
                    id: closeButton
                    primary: true
                    text: qsTr("Done")
                    onClicked: panel.close()
                }
            }
        }
    }
}
