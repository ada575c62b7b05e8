import IntervisionCore

/// The new-group dialog's texts.
enum NewGroupTexts {
    static let name = LocalizedText(nl: "Nieuwe groep", en: "New group")
    static let prompt = LocalizedText(nl: "Naam van de groep:", en: "Name of the group:")
    static let footer = LocalizedText(nl: "Enter maakt de groep en opent het jaarplan · Esc terug", en: "Enter makes the group and opens its plan · Esc back")

    /// The change, as a refusal names it.
    static func newGroup(_ name: String) -> LocalizedText {
        LocalizedText(nl: "nieuwe groep \(name)", en: "new group \(name)")
    }

    static func made(_ name: String) -> LocalizedText {
        LocalizedText(nl: "Groep \(name) gemaakt: vul het jaarplan in.", en: "Group \(name) made: fill in its yearly plan.")
    }
}
