import QtQuick
import QtQuick.Controls
import PbVote.Kiosk

// A modal panel over the page, sized to the window, with the theme's colours. Popups
// live in the window's overlay, outside the page, so they mirror for right-to-left
// languages here.
Popup {
    id: popup
    default property alias body: holder.data
    modal: true
    focus: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 800, Theme.fontSize * 40)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : 600)
    padding: Theme.spacing * 2
    contentItem: Item {
        id: holder
        implicitHeight: children.length > 0 ? children[0].implicitHeight : 0
        LayoutMirroring.enabled: Languages.rightToLeft
        LayoutMirroring.childrenInherit: true
    }
    background: Rectangle {
        color: Theme.background
        border.color: Theme.text
        border.width: 3
        radius: Theme.radius
    }
    Overlay.modal: Rectangle { color: "#B0000000" }
}
