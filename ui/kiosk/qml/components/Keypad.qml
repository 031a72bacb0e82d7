import QtQuick
import QtQuick.Layouts
import PbVote.Kiosk

// An on-screen keypad for access codes: the 32 characters a code can hold, in
// alphabetical order, with erase and clear. Codes are Latin letters and digits in
// every language, so the keypad is never mirrored.
GridLayout {
    id: keypad
    signal typed(string character)
    signal erased()
    signal cleared()
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true
    columns: 8
    columnSpacing: Theme.spacing / 2
    rowSpacing: Theme.spacing / 2
    readonly property var keys: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".split("")

    Repeater {
        model: keypad.keys
        delegate: KioskButton {
            required property string modelData
            objectName: "key_" + modelData
            text: modelData
            font.pixelSize: Theme.headingSize
            font.bold: true
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.targetSize
            onClicked: keypad.typed(modelData)
        }
    }
    KioskButton {
        objectName: "erase"
        Layout.columnSpan: 4
        Layout.fillWidth: true
        text: qsTr("Erase")
        spoken: qsTr("Erase the last character")
        onClicked: keypad.erased()
    }
    KioskButton {
        objectName: "clear"
        Layout.columnSpan: 4
        Layout.fillWidth: true
        text: qsTr("Clear")
        spoken: qsTr("Clear the whole code")
        onClicked: keypad.cleared()
    }
}
