import IntervisionCore

/// The method steps panel's texts.
enum MethodStepsTexts {
    /// Its name in the trail (help opened over the panel).
    static let name = LocalizedText(nl: "Methodestappen", en: "Method steps")
    static let none = LocalizedText(nl: "Geen methoden bekend", en: "No methods known")
    static let unknown = LocalizedText(nl: "Deze methode staat niet in de methodenlijst. Voeg haar toe in methods.json in de datamap.", en: "This method is not in the list of methods. Add it in methods.json in the data folder.")
    static let footer = LocalizedText(nl: "←→ andere methode · ↑↓ scrollen · Esc sluit", en: "←→ other method · ↑↓ scroll · Esc closes")

    /// "Incidentmethode · 5 stappen (2/6)".
    static func title(_ method: LocalizedText, steps: Int, position: String) -> LocalizedText {
        steps == 1
            ? LocalizedText(nl: "\(method.nl) · 1 stap (\(position))", en: "\(method.en) · 1 step (\(position))")
            : LocalizedText(nl: "\(method.nl) · \(steps) stappen (\(position))", en: "\(method.en) · \(steps) steps (\(position))")
    }
}
