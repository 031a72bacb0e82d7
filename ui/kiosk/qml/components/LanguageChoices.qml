import QtQuick
import PbVote.Kiosk

// One button per language, named in that language (and read aloud in it).
Flow {
    id: flow
    signal chosen(string code)
    spacing: Theme.spacing
    Repeater {
        model: Languages.languages
        delegate: KioskButton {
            required property var modelData
            objectName: "language_" + modelData.code
            text: modelData.name
            highlighted_: Languages.current === modelData.code
            spoken: modelData.name
            onClicked: {
                Languages.setLanguage(modelData.code)
                flow.chosen(modelData.code)
            }
        }
    }
}
