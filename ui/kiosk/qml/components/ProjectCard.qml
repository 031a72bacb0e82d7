import QtQuick
import QtQuick.Layouts
import PbVote.Kiosk

// One project on the ballot: title, category and district, cost, a short description,
// a details button and the action the round's voting method asks for. A chosen card
// says so in words and with a check mark, not by colour alone.
Rectangle {
    id: card
    required property int row
    required property string title
    required property string description
    required property string costText
    required property string category
    required property string district
    required property bool chosen
    required property int points
    required property int rank
    required property bool canChoose
    required property string image
    signal detailsRequested(int row)

    readonly property string kind: KioskSession.ballotKind
    readonly property bool marked: chosen

    implicitHeight: column.implicitHeight + 2 * Theme.spacing * 1.5
    radius: Theme.radius
    color: marked ? Theme.chosen : Theme.surface
    border.color: marked ? Theme.accent : Theme.border
    border.width: marked ? Math.max(4, Theme.spacing / 2) : 2
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    readonly property string stateText: {
        if (kind === "cumulative")
            return points > 0 ? qsTr("%n point(s) given", "", points) : qsTr("No points given")
        if (kind === "ordinal")
            return rank > 0 ? qsTr("Your choice number %1").arg(rank) : qsTr("Not ranked")
        return chosen ? qsTr("Chosen") : (kind === "knapsack" && !canChoose ? qsTr("Costs more than what is left")
                                                                              : qsTr("Not chosen"))
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing * 1.5
        spacing: Theme.spacing / 2

        Image {
            // The organizer's picture of the project, when there is one.
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(width * 9 / 16, Theme.fontSize * 6)
            visible: card.image.length > 0
            source: card.image
            sourceSize.width: 800
            fillMode: Image.PreserveAspectCrop
            clip: true
            asynchronous: false
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Picture: %1").arg(card.title)
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KText {
                Layout.fillWidth: true
                text: card.title
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: card.marked ? Theme.onChosen : Theme.text
                Accessible.role: Accessible.Heading
            }
            // The state in words, with a mark: ✓ chosen, a number for a rank or points.
            Rectangle {
                Layout.alignment: Qt.AlignTop
                visible: card.marked
                implicitWidth: Math.max(Theme.targetSize * 0.8, markText.implicitWidth + Theme.spacing)
                implicitHeight: Theme.targetSize * 0.8
                radius: height / 2
                color: Theme.accent
                Text {
                    id: markText
                    anchors.centerIn: parent
                    text: card.kind === "ordinal" ? card.rank : (card.kind === "cumulative" ? card.points : "✓")
                    color: Theme.onAccent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                }
            }
        }
        KText {
            Layout.fillWidth: true
            visible: text.length > 0
            text: [card.category, card.district].filter(function (s) { return s.length > 0 }).join(" · ")
            color: card.marked ? Theme.onChosen : Theme.mutedText
        }
        KText {
            Layout.fillWidth: true
            text: card.costText
            font.bold: true
            color: card.marked ? Theme.onChosen : Theme.text
            Accessible.name: qsTr("Cost: %1").arg(card.costText)
        }
        KText {
            Layout.fillWidth: true
            text: card.description
            maximumLineCount: 3
            elide: Text.ElideRight
            color: card.marked ? Theme.onChosen : Theme.text
        }
        KText {
            Layout.fillWidth: true
            text: card.stateText
            font.bold: true
            color: card.marked ? Theme.onChosen : Theme.text
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            KioskButton {
                objectName: "details"
                text: qsTr("Details")
                spoken: qsTr("Details about %1").arg(card.title)
                onClicked: card.detailsRequested(card.row)
            }
            KioskButton {
                objectName: "choose"
                visible: card.kind === "approval" || card.kind === "knapsack"
                text: card.chosen ? qsTr("Remove") : qsTr("Choose")
                primary: !card.chosen
                spoken: (card.chosen ? qsTr("Remove %1") : qsTr("Choose %1")).arg(card.title) + ". " + card.costText
                        + ". " + card.stateText
                onClicked: KioskSession.toggle(card.row)
            }
            KioskButton {
                objectName: "rank"
                visible: card.kind === "ordinal"
                text: card.rank > 0 ? qsTr("Remove from ranking") : qsTr("Rank next")
                primary: card.rank === 0
                spoken: text + ": " + card.title + ". " + card.stateText
                onClicked: KioskSession.toggleRank(card.row)
            }
            KioskButton {
                objectName: "moveUp"
                visible: card.kind === "ordinal" && card.rank > 1
                text: qsTr("Move up")
                spoken: qsTr("Move %1 up the ranking").arg(card.title)
                onClicked: KioskSession.moveRank(card.row, -1)
            }
            KioskButton {
                objectName: "moveDown"
                visible: card.kind === "ordinal" && card.rank > 0 && card.rank < KioskSession.chosenCount
                text: qsTr("Move down")
                spoken: qsTr("Move %1 down the ranking").arg(card.title)
                onClicked: KioskSession.moveRank(card.row, 1)
            }
            KioskButton {
                objectName: "removePoint"
                visible: card.kind === "cumulative"
                text: "−"
                spoken: qsTr("Take a point from %1").arg(card.title)
                enabled: card.points > 0
                onClicked: KioskSession.removePoint(card.row)
            }
            KioskButton {
                objectName: "addPoint"
                visible: card.kind === "cumulative"
                text: "+"
                primary: true
                spoken: qsTr("Give a point to %1").arg(card.title) + ". " + card.stateText
                onClicked: KioskSession.addPoint(card.row)
            }
        }
    }
}
