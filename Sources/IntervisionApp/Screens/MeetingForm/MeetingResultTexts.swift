import IntervisionCore

/// What the dialog after a saved meeting says.
enum MeetingResultTexts {
    /// Its name in the trail (help opened over the dialog).
    static let nameNew = LocalizedText(nl: "Bijeenkomst vastgelegd", en: "Meeting recorded")
    static let nameChanged = LocalizedText(nl: "Bijeenkomst gewijzigd", en: "Meeting changed")
    static let attendanceHeading = LocalizedText(nl: "Wat er veranderde in de aanwezigheid van deze jaargang:", en: "What changed in this year's attendance:")
    static let noNewErrors = LocalizedText(nl: "Geen nieuwe fouten.", en: "No new errors.")
    static let footer = LocalizedText(nl: "Enter of Esc sluit · toets u: ongedaan maken", en: "Enter or Esc closes · key u: undo")

    static func titleNew(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Bijeenkomst van \(date.dutch) vastgelegd", en: "Meeting of \(date.iso) recorded")
    }

    static func titleChanged(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Bijeenkomst van \(date.dutch) gewijzigd", en: "Meeting of \(date.iso) changed")
    }

    static func present(_ present: Int, of expected: Int) -> LocalizedText {
        LocalizedText(nl: "\(present) van \(expected) aanwezig.", en: "\(present) of \(expected) present.")
    }

    static func nextDue(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Volgende bijeenkomst uiterlijk \(date.dutch).", en: "Next meeting due by \(date.iso).")
    }

    static func nextDueChanged(_ date: CivilDate, was before: CivilDate?) -> LocalizedText {
        LocalizedText(nl: "Volgende bijeenkomst uiterlijk \(date.dutch) (was \(Format.date(before, .nl))).",
                      en: "Next meeting due by \(date.iso) (was \(Format.date(before, .en))).")
    }

    static func was(_ count: Int) -> LocalizedText {
        // A no-break space: "(was 1)" never breaks at the end of a line.
        LocalizedText(nl: "(was\u{00A0}\(count))", en: "(was\u{00A0}\(count))")
    }

    static func error(_ message: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "FOUT: \(message.nl)", en: "ERROR: \(message.en)")
    }

    static func resolved(_ message: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "Opgelost: \(message.nl)", en: "Resolved: \(message.en)")
    }
}
