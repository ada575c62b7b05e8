import IntervisionCore

/// The conflict picker's texts.
enum SyncConflictTexts {
    /// Its name in the trail (help opened over the dialog).
    static let name = LocalizedText(nl: "Twee versies", en: "Two versions")
    static let intro = LocalizedText(nl: "Op twee machines verschillend vastgelegd. Kies welke versie blijft; de andere vervalt (de sync-geschiedenis bewaart haar).",
                                     en: "Recorded differently on two machines. Choose the version that stays; the other goes (the sync history keeps it).")
    static let current = LocalizedText(nl: "Huidige (telt nu)", en: "Current (counts now)")
    static let other = LocalizedText(nl: "Andere machine", en: "Other machine")
    static let date = LocalizedText(nl: "Datum", en: "Date")
    static let topic = LocalizedText(nl: "Onderwerp", en: "Topic")
    static let method = LocalizedText(nl: "Methode", en: "Method")
    static let duration = LocalizedText(nl: "Duur (uur)", en: "Hours")
    static let attendance = LocalizedText(nl: "Aanwezigheid", en: "Attendance")
    static let participants = LocalizedText(nl: "Deelnemers", en: "Participants")
    static let present = LocalizedText(nl: "✓ aanwezig", en: "✓ present")
    static let absent = LocalizedText(nl: "· afwezig", en: "· absent")
    static let excused = LocalizedText(nl: "E met bericht", en: "E with notice")
    static let notListed = LocalizedText(nl: "—", en: "—")
    static let takesPart = LocalizedText(nl: "✓ doet mee", en: "✓ takes part")
    static let notTakingPart = LocalizedText(nl: "· niet", en: "· not")
    static let gone = LocalizedText(nl: "Dit conflict is er niet meer.", en: "This conflict is gone.")
    static let footer = LocalizedText(nl: "←→ kies · Enter bewaart · Esc later", en: "←→ choose · Enter keeps · Esc later")

    static func title(isMeeting: Bool, date: CivilDate) -> LocalizedText {
        isMeeting ? LocalizedText(nl: "Twee versies: bijeenkomst van \(date.dutch)", en: "Two versions: meeting of \(date.iso)")
            : LocalizedText(nl: "Twee versies: evaluatie van \(date.dutch)", en: "Two versions: evaluation of \(date.iso)")
    }

    static func question(_ number: Int) -> LocalizedText {
        LocalizedText(nl: "Vraag \(number)", en: "Question \(number)")
    }

    /// What `u` undoes, and the status line after Enter.
    static func kept(_ choice: ConflictChoice, isMeeting: Bool, date: CivilDate) -> LocalizedText {
        let which = choice == .current ? (nl: "huidige", en: "current") : (nl: "andere", en: "other")
        return isMeeting
            ? LocalizedText(nl: "de \(which.nl) versie van de bijeenkomst van \(date.dutch) gekozen",
                            en: "the \(which.en) version of the meeting of \(date.iso) chosen")
            : LocalizedText(nl: "de \(which.nl) versie van de evaluatie van \(date.dutch) gekozen",
                            en: "the \(which.en) version of the evaluation of \(date.iso) chosen")
    }
}
