import QtQuick
import PbVote.Kiosk

// Text as the kiosk shows it: the theme's font at the voter's chosen size, wrapped,
// never elided silently, with the text as its accessible name.
Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSize
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
