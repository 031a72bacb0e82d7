import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PbVote.Kiosk

// The ballot: the rule in one sentence, what is chosen so far (a live budget bar for
// knapsack ballots), category filters, and the projects as cards.
Item {
    id: page
    readonly property string spoken: KioskSession.ruleSentence + " "
        + (KioskSession.districtSentence.length > 0 ? KioskSession.districtSentence + " " : "")
        + KioskSession.selectionSummary
    function focusFirst() { (stickyStatus.item || inlineStatus.item).focusReview() }
    readonly property int columns: Math.max(1, Math.floor((width - 4 * Theme.spacing) / (Theme.fontSize * 22)))
    // The status panel stays in view while the cards scroll, unless the text is so large
    // that it would leave too little room for them; then it scrolls with the page.
    readonly property bool statusScrolls: height < Theme.fontSize * 24

    Component {
        id: statusPanel
        Rectangle {
            function focusReview() { reviewButton.forceActiveFocus() }
            implicitHeight: status.implicitHeight + 2 * Theme.spacing
            color: Theme.background
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 2
                color: Theme.border
                visible: !page.statusScrolls
            }
            ColumnLayout {
                id: status
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacing
                anchors.leftMargin: page.statusScrolls ? 0 : Theme.spacing * 2
                anchors.rightMargin: page.statusScrolls ? 0 : Theme.spacing * 2
                spacing: Theme.spacing / 2
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing * 2
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing / 2
                        Repeater {
                            model: KioskSession.budgets
                            delegate: BudgetBar {
                                required property var modelData
                                objectName: "budgetBar"
                                Layout.fillWidth: true
                                entry: modelData
                            }
                        }
                        KText {
                            objectName: "selectionSummary"
                            Layout.fillWidth: true
                            text: KioskSession.selectionSummary
                        }
                    }
                    KioskButton {
                        id: reviewButton
                        objectName: "reviewButton"
                        Layout.alignment: Qt.AlignBottom
                        Layout.maximumWidth: page.width / 3
                        primary: true
                        text: qsTr("Review my ballot")
                        spoken: text + ". " + KioskSession.selectionSummary
                        onClicked: KioskSession.review()
                    }
                }
                NoticeBanner {
                    objectName: "notice"
                    Layout.fillWidth: true
                    message: KioskSession.notice
                    onDismissed: KioskSession.clearNotice()
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Loader {
            id: stickyStatus
            Layout.fillWidth: true
            active: !page.statusScrolls
            visible: active
            sourceComponent: statusPanel
        }

        PageScroller {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            maxWidth: Theme.fontSize * 70
            KText {
                objectName: "ruleSentence"
                Layout.fillWidth: true
                text: KioskSession.ruleSentence
                font.pixelSize: Theme.headingSize
                font.bold: true
            }
            KText {
                // A district code's ballot: which district the voter votes in.
                objectName: "districtSentence"
                Layout.fillWidth: true
                visible: text.length > 0
                text: KioskSession.districtSentence
                font.bold: true
            }
            Loader {
                id: inlineStatus
                Layout.fillWidth: true
                active: page.statusScrolls
                visible: active
                sourceComponent: statusPanel
            }
            Flow {
                Layout.fillWidth: true
                visible: KioskSession.categories.length > 1
                spacing: Theme.spacing
                KioskButton {
                    objectName: "category_all"
                    text: qsTr("All projects")
                    highlighted_: KioskSession.categoryFilter === ""
                    onClicked: KioskSession.categoryFilter = ""
                }
                Repeater {
                    model: KioskSession.categories
                    delegate: KioskButton {
                        required property string modelData
                        text: modelData
                        spoken: qsTr("Show only %1").arg(modelData)
                        highlighted_: KioskSession.categoryFilter === modelData
                        onClicked: KioskSession.categoryFilter = modelData
                    }
                }
            }
            GridLayout {
                id: grid
                Layout.fillWidth: true
                columns: page.columns
                columnSpacing: Theme.spacing * 1.5
                rowSpacing: Theme.spacing * 1.5
                Repeater {
                    model: KioskSession.filteredProjects
                    delegate: ProjectCard {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        onDetailsRequested: function (r) { details.show(r) }
                    }
                }
            }
        }
    }

    ProjectDetails {
        id: details
        objectName: "projectDetails"
        parent: Overlay.overlay
    }
}
