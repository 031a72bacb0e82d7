import QtQuick
import QtQuick.Layouts
import PbVote.Kiosk

// What the chosen projects cost against the budget, as a bar and in words (the words
// carry the meaning; the bar only illustrates it).
ColumnLayout {
    id: bar
    property var entry: ({})
    spacing: Theme.spacing / 2
    Accessible.role: Accessible.ProgressBar
    Accessible.name: (entry.name ? entry.name + ": " : "") + entry.spentText + ", " + entry.leftText

    KText {
        visible: !!bar.entry.name
        text: bar.entry.name || ""
        font.bold: true
        Layout.fillWidth: true
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Math.max(Theme.fontSize, Theme.pixels(5))
        radius: height / 2
        color: Theme.track
        border.color: Theme.border
        border.width: 2
        Rectangle {
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.left: parent.left
            anchors.margins: 2
            width: Math.max(0, (parent.width - 4) * Math.min(1, bar.entry.fraction || 0))
            radius: height / 2
            color: Theme.accent
        }
    }
    Flow {
        // Words carry the meaning: chosen (bold), left, budget. Each part stays on one
        // line; the parts wrap between them.
        objectName: "budgetText"
        Layout.fillWidth: true
        spacing: Theme.spacing * 2
        Accessible.role: Accessible.StaticText
        Accessible.name: (bar.entry.spentText || "") + ", " + (bar.entry.leftText || "") + ", " + (bar.entry.budgetText || "")
        Repeater {
            model: [bar.entry.spentText || "", bar.entry.leftText || "", bar.entry.budgetText || ""]
            delegate: Text {
                required property string modelData
                required property int index
                text: modelData
                color: index === 2 ? Theme.mutedText : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSize
                font.bold: index === 0
                textFormat: Text.PlainText
            }
        }
    }
}
