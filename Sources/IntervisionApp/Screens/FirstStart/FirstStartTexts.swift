import IntervisionCore

/// The first start's texts: what the app is for, for each of the two people who use it.
enum FirstStartTexts {
    static let name = LocalizedText(nl: "Welkom", en: "Welcome")
    static let title = LocalizedText(nl: "Welkom bij intervisie", en: "Welcome to intervisie")
    static let line1 = LocalizedText(nl: "Voor geaccrediteerde intervisiegroepen van medisch specialisten, en de twee mensen die hun administratie doen:",
                                     en: "For accredited intervision groups of medical specialists, and the two people who keep their records:")
    static let supervisor = LocalizedText(nl: "De begeleider legt bijeenkomsten, aanwezigheid en de jaarevaluatie vast, en ziet meteen wat de regeling vraagt: wanneer de volgende bijeenkomst moet, wie de 75% aanwezigheid niet dreigt te halen, en of het jaarplan op tijd is.",
                                          en: "The supervisor records meetings, attendance and the annual evaluation, and sees at once what the regulation asks: when the next meeting is due, who is at risk of missing 75% attendance, and whether the plan is on time.")
    static let contactPerson = LocalizedText(nl: "De contactpersoon vult het jaarplan in en stuurt het groepsbestand, versleuteld, naar de begeleider (die het hier met i importeert).",
                                             en: "The contact person fills in the yearly plan and sends the group file, encrypted, to the supervisor (who imports it here with i).")
    static let install = LocalizedText(nl: "Enter: voorbeeldgegevens installeren (8 groepen) om rond te kijken", en: "Enter: install the demo data (8 groups) to look around")
    static let startContact = LocalizedText(nl: "c: leeg beginnen als contactpersoon", en: "c: start empty as the contact person")
    static let empty = LocalizedText(nl: "Andere toets: leeg beginnen als begeleider", en: "Any other key: start empty as the supervisor")
    static let quit = LocalizedText(nl: "q: stoppen · de rol is later te wijzigen in Instellingen (s)", en: "q: quit · the role can be changed later in Settings (s)")
    static let startedEmpty = LocalizedText(nl: "Leeg begonnen. Druk n voor een nieuwe groep.", en: "Started empty. Press n for a new group.")
    static let startedAsContact = LocalizedText(nl: "Leeg begonnen als contactpersoon. n: nieuwe groep en het jaarplan; i: een groepsbestand importeren.",
                                                en: "Started empty as the contact person. n: a new group and its plan; i: import a group file.")

    static func demoInstalled(groups: Int) -> LocalizedText {
        LocalizedText(nl: "Voorbeeldgegevens geïnstalleerd: \(groups) groepen.", en: "Demo data installed: \(groups) groups.")
    }
}
