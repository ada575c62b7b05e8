import IntervisionCore

/// The help screen's texts (what each key does is in `ActionTexts`).
enum HelpTexts {
    static let name = LocalizedText(nl: "Help", en: "Help")
    static let title = LocalizedText(nl: "Toetsen", en: "Keys")
    static let intro = LocalizedText(nl: "Alle toetsen, per scherm. Esc of ? sluit deze hulp.", en: "All keys, per screen. Esc or ? closes this help.")
    static let keys = LocalizedText(nl: "Toetsen", en: "Keys")
    static let action = LocalizedText(nl: "Wat het doet", en: "What it does")
}
