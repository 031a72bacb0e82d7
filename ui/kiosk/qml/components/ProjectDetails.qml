import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PbVote.Kiosk

// Everything about one project, with the same action as its card.
KioskPopup {
    id: details
    property int row: -1
    property var project: ({})

    function show(r) {
        row = r
        refresh()
        open()
    }
    function refresh() {
        var m = KioskSession.projects
        var i = m.index(row, 0)
        project = {
            title: m.data(i, ProjectListModel.TitleRole),
            description: m.data(i, ProjectListModel.DescriptionRole),
            costText: m.data(i, ProjectListModel.CostTextRole),
            category: m.data(i, ProjectListModel.CategoryRole),
            district: m.data(i, ProjectListModel.DistrictRole),
            chosen: m.data(i, ProjectListModel.ChosenRole),
            points: m.data(i, ProjectListModel.PointsRole),
            rank: m.data(i, ProjectListModel.RankRole),
            image: m.data(i, ProjectListModel.ImageRole)
        }
    }
    Connections {
        target: KioskSession
        function onDraftChanged() { if (details.opened) details.refresh() }
    }
    onOpened: {
        closeButton.forceActiveFocus()
        Audio.say(project.title + ". " + project.costText + ". " + project.description)
    }

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
            Image {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(width * 9 / 16, Theme.fontSize * 10)
                visible: !!details.project.image
                source: details.project.image || ""
                sourceSize.width: 1200
                fillMode: Image.PreserveAspectFit
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Picture: %1").arg(details.project.title || "")
            }
            KText {
                Layout.fillWidth: true
                text: details.project.title || ""
                font.pixelSize: Theme.titleSize
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            KText {
                Layout.fillWidth: true
                text: qsTr("Cost: %1").arg(details.project.costText || "")
                font.bold: true
            }
            KText {
                Layout.fillWidth: true
                visible: !!details.project.category
                text: qsTr("Category: %1").arg(details.project.category || "")
            }
            KText {
                Layout.fillWidth: true
                visible: !!details.project.district
                text: qsTr("District: %1").arg(details.project.district || "")
            }
            KText {
                Layout.fillWidth: true
                text: details.project.description || ""
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KioskButton {
                    visible: KioskSession.ballotKind === "approval" || KioskSession.ballotKind === "knapsack"
                    text: details.project.chosen ? qsTr("Remove") : qsTr("Choose")
                    primary: !details.project.chosen
                    onClicked: KioskSession.toggle(details.row)
                }
                KioskButton {
                    visible: KioskSession.ballotKind === "ordinal"
                    text: details.project.rank > 0 ? qsTr("Remove from ranking") : qsTr("Rank next")
                    primary: !(details.project.rank > 0)
                    onClicked: KioskSession.toggleRank(details.row)
                }
                KioskButton {
                    visible: KioskSession.ballotKind === "cumulative"
                    text: "−"
                    spoken: qsTr("Take a point")
                    onClicked: KioskSession.removePoint(details.row)
                }
                KText {
                    visible: KioskSession.ballotKind === "cumulative"
                    text: qsTr("%n point(s) given", "", details.project.points || 0)
                    wrapMode: Text.NoWrap
                    height: Theme.targetSize
                    verticalAlignment: Text.AlignVCenter
                }
                KioskButton {
                    visible: KioskSession.ballotKind === "cumulative"
                    text: "+"
                    primary: true
                    spoken: qsTr("Give a point")
                    onClicked: KioskSession.addPoint(details.row)
                }
                KioskButton {
                    id: closeButton
                    text: qsTr("Back to all projects")
                    onClicked: details.close()
                }
            }
            NoticeBanner {
                Layout.fillWidth: true
                message: KioskSession.notice
                onDismissed: KioskSession.clearNotice()
            }
        }
    }
}
