import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PbVote.Kiosk

// Languages, each written in itself.
KioskPopup {
    id: panel
    onOpened: if (list.children.length > 0) list.children[0].forceActiveFocus()
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        KText {
            Layout.fillWidth: true
            text: qsTr("Choose your language")
            font.pixelSize: Theme.titleSize
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        LanguageChoices {
            id: list
            Layout.fillWidth: true
            onChosen: panel.close()
        }
        KioskButton {
            text: qsTr("Close")
            onClicked: panel.close()
        }
    }
}
