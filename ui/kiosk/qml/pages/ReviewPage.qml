import QtQuick
import QtQuick.Layouts
import PbVote.Kiosk

// Everything chosen, the total, and what the ballot will count as. Nothing is stored
// until the voter presses "Cast my vote".
Item {
    id: page
    readonly property string spoken: heading.text + ". " + KioskSession.reviewSummary + " "
        + KioskSession.reviewItems.map(function (i) { return i.title + ", " + i.detail }).join(". ")
    function focusFirst() { castButton.forceActiveFocus() }

    PageScroller {
        anchors.fill: parent
        KText {
            id: heading
            Layout.fillWidth: true
            text: qsTr("Check your ballot")
            font.pixelSize: Theme.titleSize
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        KText {
            objectName: "reviewSummary"
            Layout.fillWidth: true
            text: KioskSession.reviewSummary
            font.bold: true
        }
        Repeater {
            model: KioskSession.reviewItems
            delegate: Rectangle {
                required property var modelData
                required property int index
                objectName: "reviewItem"
                Layout.fillWidth: true
                implicitHeight: itemRow.implicitHeight + 2 * Theme.spacing
                color: Theme.surface
                border.color: Theme.border
                border.width: 2
                radius: Theme.radius
                Accessible.role: Accessible.ListItem
                Accessible.name: modelData.title + ", " + modelData.detail + ", " + modelData.costText
                RowLayout {
                    id: itemRow
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacing
                    KText {
                        objectName: "reviewTitle"
                        Layout.fillWidth: true
                        text: modelData.title
                        font.bold: true
                    }
                    KText {
                        text: modelData.detail
                        Layout.maximumWidth: page.width / 4
                    }
                    KText {
                        text: modelData.costText
                        Layout.maximumWidth: page.width / 4
                        horizontalAlignment: Text.AlignRight
                    }
                }
            }
        }
        NoticeBanner {
            objectName: "castError"
            Layout.fillWidth: true
            isError: true
            message: KioskSession.castError
            onDismissed: KioskSession.clearCastError()
        }
        KText {
            Layout.fillWidth: true
            text: qsTr("When you press \"Cast my vote\" your ballot is sealed, signed and stored. It cannot be changed after that.")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton {
                id: castButton
                objectName: "castButton"
                primary: true
                text: qsTr("Cast my vote")
                font.pixelSize: Theme.headingSize
                onClicked: KioskSession.confirm()
            }
            KioskButton {
                objectName: "changeButton"
                text: qsTr("Change my choices")
                onClicked: KioskSession.backToBallot()
            }
        }
    }
}
