import QtQuick
import QtQuick.Layouts
import PbVote.Kiosk

// A gentle message (a pick that does not fit, a code not accepted): an icon and words,
// never colour alone. Read aloud in audio mode.
Rectangle {
    id: banner
    property string message
    property bool isError: false
    signal dismissed()
    visible: message.length > 0
    color: Theme.notice
    border.color: Theme.onNotice
    border.width: 2
    radius: Theme.radius
    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message
    onMessageChanged: if (message.length > 0) Audio.say(message)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: Theme.fontSize * 1.6
            implicitHeight: implicitWidth
            radius: width / 2
            color: Theme.onNotice
            Text {
                anchors.centerIn: parent
                text: banner.isError ? "!" : "i"
                color: Theme.notice
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSize
                font.bold: true
            }
        }
        KText {
            Layout.fillWidth: true
            text: banner.message
            color: Theme.onNotice
        }
        KioskButton {
            text: qsTr("OK")
            spoken: qsTr("Close this message")
            onClicked: banner.dismissed()
        }
    }
}
