import QtQuick
import PbVote.Kiosk

// The code typed so far in 12 boxes, grouped by four as on the voter's slip.
Row {
    id: display
    property string code: ""        // "ABCD-EF"
    property int length: 12
    readonly property string plain: code.replace(/-/g, "")
    LayoutMirroring.enabled: false
    spacing: Theme.spacing / 2
    Accessible.role: Accessible.EditableText
    Accessible.name: qsTr("Access code: %1 of 12 characters typed").arg(plain.length)
    Repeater {
        model: display.length
        delegate: Item {
            required property int index
            width: box.width + (index % 4 === 3 && index < display.length - 1 ? Theme.spacing * 2 : 0)
            height: box.height
            Rectangle {
                id: box
                width: Theme.headingSize * 1.35
                height: Theme.headingSize * 1.8
                radius: Theme.radius / 2
                color: Theme.surface
                border.color: index === display.plain.length ? Theme.focus : Theme.border
                border.width: index === display.plain.length ? 4 : 2
                Text {
                    anchors.centerIn: parent
                    text: display.plain.charAt(index)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                }
            }
        }
    }
}
