import QtQuick
import QtQuick.Layouts
import PbVote.Kiosk

// Digits for the operator PIN; what is typed shows only as dots.
ColumnLayout {
    id: pad
    signal submitted()
    signal cancelled()
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true
    spacing: Theme.spacing
    KText {
        Layout.fillWidth: true
        text: "●".repeat(KioskSession.pinLength) || " "
        font.pixelSize: Theme.titleSize
        horizontalAlignment: Text.AlignHCenter
        Accessible.name: qsTr("%n digit(s) typed", "", KioskSession.pinLength)
    }
    GridLayout {
        Layout.alignment: Qt.AlignHCenter
        columns: 3
        columnSpacing: Theme.spacing / 2
        rowSpacing: Theme.spacing / 2
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
            delegate: KioskButton {
                required property string modelData
                objectName: "pin_" + modelData
                text: modelData
                Layout.preferredWidth: Math.max(implicitWidth, Theme.targetSize * 1.5)
                Layout.fillWidth: true
                onClicked: KioskSession.typePin(modelData)
            }
        }
        KioskButton {
            text: qsTr("Erase")
            Layout.preferredWidth: Math.max(implicitWidth, Theme.targetSize * 1.5)
                Layout.fillWidth: true
            onClicked: KioskSession.erasePin()
        }
        KioskButton {
            objectName: "pin_0"
            text: "0"
            Layout.preferredWidth: Math.max(implicitWidth, Theme.targetSize * 1.5)
                Layout.fillWidth: true
            onClicked: KioskSession.typePin("0")
        }
        KioskButton {
            objectName: "pinOk"
            text: qsTr("OK")
            primary: true
            Layout.preferredWidth: Math.max(implicitWidth, Theme.targetSize * 1.5)
                Layout.fillWidth: true
            onClicked: pad.submitted()
        }
    }
    KioskButton {
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("Cancel")
        onClicked: pad.cancelled()
    }
}
