import IntervisionCore

/// The first start's texts.
enum FirstStartTexts {
    static let name = LocalizedText(nl: "Welkom", en: "Welcome")
    static let title = LocalizedText(nl: "Welkom bij intervisie", en: "Welcome to intervisie")
    static let line1 = LocalizedText(nl: "Voor begeleiders van geaccrediteerde intervisiegroepen van medisch specialisten.", en: "For supervisors of accredited intervision groups of medical specialists.")
    static let line2 = LocalizedText(nl: "Houd per groep bijeenkomsten, aanwezigheid, evaluatie en jaarplan bij,", en: "Keep each group's meetings, attendance, evaluation and yearly plan,")
    static let line3 = LocalizedText(nl: "en zie meteen wat de regeling vraagt: wanneer de volgende bijeenkomst moet,", en: "and see at once what the regulation asks: when the next meeting is due,")
    static let line4 = LocalizedText(nl: "wie de 75% aanwezigheid niet dreigt te halen, en of het jaarplan op tijd is.", en: "who is at risk of missing 75% attendance, and whether the plan is on time.")
    static let install = LocalizedText(nl: "Enter: voorbeeldgegevens installeren (8 groepen) om rond te kijken", en: "Enter: install the demo data (8 groups) to look around")
    static let empty = LocalizedText(nl: "Andere toets: leeg beginnen", en: "Any other key: start empty")
    static let quit = LocalizedText(nl: "q: stoppen", en: "q: quit")
    static let startedEmpty = LocalizedText(nl: "Leeg begonnen. Druk n voor een nieuwe groep.", en: "Started empty. Press n for a new group.")

    static func demoInstalled(groups: Int) -> LocalizedText {
        LocalizedText(nl: "Voorbeeldgegevens geïnstalleerd: \(groups) groepen.", en: "Demo data installed: \(groups) groups.")
    }
}
