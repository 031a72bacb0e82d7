import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PbVote.Kiosk

// A page body that scrolls vertically only (never sideways, whatever the text size),
// centred with a readable line length.
Flickable {
    id: scroller
    default property alias content: column.data
    property int maxWidth: Theme.fontSize * 48
    property alias columnSpacing: column.spacing
    clip: true
    flickableDirection: Flickable.VerticalFlick
    boundsBehavior: Flickable.StopAtBounds
    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.spacing * 2
    ScrollBar.vertical: ScrollBar {
        policy: scroller.contentHeight > scroller.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        width: Theme.spacing * 2
    }
    // Keeps the item with keyboard focus in view; not for the focus a page gives itself
    // when it appears (the voter first sees the top of the page).
    property bool revealFocus: false
    Timer { interval: 400; running: true; onTriggered: scroller.revealFocus = true }
    function reveal(item) {
        if (!revealFocus)
            return
        var p = item.mapToItem(column, 0, 0)
        if (p.y < contentY)
            contentY = Math.max(0, p.y - Theme.spacing)
        else if (p.y + item.height > contentY + height)
            contentY = Math.min(contentHeight - height, p.y + item.height - height + Theme.spacing)
    }
    Connections {
        target: scroller.Window.window
        function onActiveFocusItemChanged() {
            var item = scroller.Window.window.activeFocusItem
            for (var p = item; p; p = p.parent) {
                if (p === column) { scroller.reveal(item); return }
            }
        }
    }
    ColumnLayout {
        id: column
        x: (scroller.width - width) / 2
        y: Theme.spacing * 2
        width: Math.min(scroller.width - 4 * Theme.spacing - Theme.spacing * 2, scroller.maxWidth)
        spacing: Theme.spacing * 1.5
    }
}
