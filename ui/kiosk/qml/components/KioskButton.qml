import QtQuick
import QtQuick.Controls
import PbVote.Kiosk

// A touch target of at least 9 mm with a visible focus ring, operable by touch, by
// Tab/arrows and Enter/Space, and read aloud when it gets focus in audio mode.
Button {
    id: control
    property bool primary: false
    property bool highlighted_: false
    property string spoken: text
    readonly property bool filled: primary || highlighted_

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSize
    font.bold: primary
    padding: Theme.spacing
    leftPadding: Theme.spacing * 2
    rightPadding: Theme.spacing * 2
    implicitWidth: Math.max(Theme.targetSize, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.targetSize, implicitContentHeight + topPadding + bottomPadding)
    focusPolicy: Qt.StrongFocus
    Accessible.name: spoken
    Accessible.role: Accessible.Button

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.filled ? Theme.onAccent : Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        textFormat: Text.PlainText
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.filled ? Theme.accent : Theme.surface
        border.color: control.activeFocus ? Theme.focus : (control.filled ? Theme.accent : Theme.border)
        border.width: control.activeFocus ? Math.max(4, Math.round(Theme.spacing / 2)) : 2
        Rectangle {
            // Pressed: an inner outline, so feedback does not depend on colour alone.
            anchors.fill: parent
            anchors.margins: parent.border.width + 2
            radius: parent.radius
            color: "transparent"
            border.color: control.filled ? Theme.onAccent : Theme.text
            border.width: 2
            visible: control.down
        }
    }

    // Enter presses the button; Ctrl+Enter is left to the page (e.g. "submit the code").
    Keys.onReturnPressed: function (event) { if (event.modifiers & Qt.ControlModifier) event.accepted = false; else clicked() }
    Keys.onEnterPressed: function (event) { if (event.modifiers & Qt.ControlModifier) event.accepted = false; else clicked() }
    Keys.onUpPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
    Keys.onDownPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
    Keys.onLeftPressed: nextItemInFocusChain(LayoutMirroring.enabled).forceActiveFocus()
    Keys.onRightPressed: nextItemInFocusChain(!LayoutMirroring.enabled).forceActiveFocus()
    onActiveFocusChanged: if (activeFocus) Audio.say(spoken)
}
