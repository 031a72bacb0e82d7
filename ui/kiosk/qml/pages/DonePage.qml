import QtQuick
import QtQuick.Layouts
import PbVote.Kiosk

// The vote is stored: the receipt code (and its QR code) to check later, how to check
// it, and the countdown back to the welcome screen.
Item {
    id: page
    readonly property string spoken: heading.text + " " + qsTr("Your receipt code is %1.").arg(
        KioskSession.receipt.split("").join(" ")) + " " + how.text
    function focusFirst() { finishButton.forceActiveFocus() }

    PageScroller {
        anchors.fill: parent
        KText {
            id: heading
            Layout.fillWidth: true
            text: qsTr("Thank you! Your vote has been recorded.")
            font.pixelSize: Theme.titleSize
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing * 2
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KText {
                    Layout.fillWidth: true
                    text: qsTr("Your receipt code:")
                }
                KText {
                    objectName: "receipt"
                    Layout.fillWidth: true
                    text: KioskSession.receipt
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    font.letterSpacing: 2
                    wrapMode: Text.WrapAnywhere
                }
                KText {
                    id: how
                    Layout.fillWidth: true
                    text: qsTr("Write it down or scan the square code with your phone. When the results are published, enter this code on the city's results page, or ask at the library, to see that your ballot was counted. The code does not show how you voted.")
                }
            }
            Rectangle {
                // Black on white whatever the colour mode: scanners need it.
                Layout.alignment: Qt.AlignTop
                implicitWidth: Math.min(Theme.fontSize * 9, page.width / 4)
                implicitHeight: implicitWidth
                color: "white"
                border.color: Theme.text
                border.width: 2
                Image {
                    objectName: "receiptQr"
                    anchors.fill: parent
                    anchors.margins: 2
                    source: KioskSession.receipt.length > 0 ? "image://qr/" + KioskSession.receipt : ""
                    sourceSize.width: width
                    fillMode: Image.PreserveAspectFit
                    smooth: false
                    cache: false
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("QR code of your receipt code")
                }
            }
        }
        KText {
            Layout.fillWidth: true
            text: qsTr("This screen will clear itself in %n second(s).", "", KioskSession.idle.secondsLeft)
            color: Theme.mutedText
        }
        KioskButton {
            id: finishButton
            objectName: "finishButton"
            primary: true
            text: qsTr("Finish")
            onClicked: KioskSession.finish()
        }
    }
}
