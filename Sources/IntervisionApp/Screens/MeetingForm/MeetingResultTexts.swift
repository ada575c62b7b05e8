import IntervisionCore

/// What the dialog after a saved meeting says.
enum MeetingResultTexts {
    static let attendanceHeading = LocalizedText(nl: "Aanwezigheid in de jaargang, wat veranderde:", en: "Attendance this year, what changed:")
    static let noNewErrors = LocalizedText(nl: "Geen nieuwe fouten.", en: "No new errors.")
    static let footer = LocalizedText(nl: "Enter of Esc sluit · u maakt ongedaan", en: "Enter or Esc closes · u undoes")

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

    static func mayMiss(_ count: Int) -> LocalizedText {
        LocalizedText(nl: "mag nog \(count) missen", en: "may miss \(count) more")
    }

    static func was(_ count: Int) -> LocalizedText {
        LocalizedText(nl: "(was \(count))", en: "(was \(count))")
    }

    static func error(_ message: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "FOUT: \(message.nl)", en: "ERROR: \(message.en)")
    }

    static func resolved(_ message: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "Opgelost: \(message.nl)", en: "Resolved: \(message.en)")
    }
}
