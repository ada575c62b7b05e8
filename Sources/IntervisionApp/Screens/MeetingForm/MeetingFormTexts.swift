import IntervisionCore

/// The meeting form's texts.
enum MeetingFormTexts {
    static let nameNew = LocalizedText(nl: "Nieuwe bijeenkomst", en: "New meeting")
    static let nameEdit = LocalizedText(nl: "Bijeenkomst wijzigen", en: "Edit meeting")
    static let duration = LocalizedText(nl: "Duur (uur)", en: "Hours")
    static let topic = LocalizedText(nl: "Onderwerp", en: "Topic")
    static let time = LocalizedText(nl: "Tijd", en: "Time")
    static let location = LocalizedText(nl: "Locatie", en: "Location")
    static let timeExample = LocalizedText(nl: "bijv. 19:00-21:30 (mag leeg)", en: "e.g. 19:00-21:30 (may be empty)")

    static let method = LocalizedText(nl: "Methode", en: "Method")
    static let reason = LocalizedText(nl: "reden:", en: "reason:")
    static let excusedCounts = LocalizedText(nl: "Afwezig met bericht telt ook als afwezig voor de 75%-regel.", en: "Absent with notice still counts as absent for the 75% rule.")
    static let present = LocalizedText(nl: "aanwezig", en: "present")
    static let absent = LocalizedText(nl: "afwezig", en: "absent")
    static let excused = LocalizedText(nl: "met bericht", en: "with notice")
    static let noMembersOnDate = LocalizedText(nl: "Geen leden op deze datum.", en: "No members on this date.")

    static func durationInPlan(_ hours: Double) -> LocalizedText {
        LocalizedText(nl: "jaarplan: \(NumberInput.hoursText(hours, language: .nl))", en: "yearly plan: \(NumberInput.hoursText(hours, language: .en))")
    }

    /// `choice` of `count` suggestions shown (-1: typed by hand).
    static func fromPlan(choice: Int, of count: Int) -> LocalizedText {
        let position = suggestionPosition(choice, of: count)
        return LocalizedText(nl: "PgDn: uit het jaarplan (\(position))", en: "PgDn: from the plan (\(position))")
    }

    static func otherMethods(choice: Int, of count: Int) -> LocalizedText {
        let position = suggestionPosition(choice, of: count)
        return LocalizedText(nl: "PgDn: andere (\(position)) · F3: stappen", en: "PgDn: other (\(position)) · F3: steps")
    }

    /// "2/6" on a suggestion, "6" on text typed by hand.
    private static func suggestionPosition(_ choice: Int, of count: Int) -> String {
        choice >= 0 ? "\(choice + 1)/\(count)" : "\(count)"
    }

    static func attendanceCount(present: Int, absent: Int) -> LocalizedText {
        LocalizedText(nl: "Aanwezigheid: \(present) aanwezig · \(absent) afwezig", en: "Attendance: \(present) present · \(absent) absent")
    }

    static func excusedCount(_ count: Int) -> LocalizedText {
        LocalizedText(nl: "(\(count) met bericht)", en: "(\(count) with notice)")
    }

    static func undoMeetingAdded(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "bijeenkomst van \(date.dutch) vastgelegd", en: "meeting of \(date.iso) recorded")
    }

    static func undoMeetingChanged(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "bijeenkomst van \(date.dutch) gewijzigd", en: "meeting of \(date.iso) changed")
    }
}
