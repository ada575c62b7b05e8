import IntervisionCore

/// Texts more than one screen shows: the app's name, roles, the plan's state, counts, the labels
/// of a member's fields, the status messages every form uses.
enum AppTexts {
    static let appName = LocalizedText(nl: "intervisie", en: "intervisie")
    static let roleSupervisor = LocalizedText(nl: "begeleider", en: "supervisor")
    static let roleContactPerson = LocalizedText(nl: "contactpersoon", en: "contact person")
    static let planMissing = LocalizedText(nl: "ontbreekt", en: "missing")
    static let planIncomplete = LocalizedText(nl: "onvolledig", en: "incomplete")
    static let planComplete = LocalizedText(nl: "volledig", en: "complete")
    static let planExported = LocalizedText(nl: "geëxporteerd", en: "exported")
    static let planChangedSinceExport = LocalizedText(nl: "gewijzigd na export", en: "changed since export")
    static let planSubmitted = LocalizedText(nl: "ingediend in GAIA", en: "submitted in GAIA")
    /// The same states in a narrow column: still one word each, and still different.
    static let columnName = LocalizedText(nl: "Naam", en: "Name")
    static let columnSpecialism = LocalizedText(nl: "Specialisme", en: "Specialism")
    static let columnBIG = LocalizedText(nl: "BIG-nummer", en: "BIG number")
    static let languageDutch = LocalizedText(nl: "Nederlands", en: "Dutch")
    static let languageEnglish = LocalizedText(nl: "Engels", en: "English")
    static let tooSmallTitle = LocalizedText(nl: "Terminal te klein", en: "Terminal too small")
    static let tooSmallHint = LocalizedText(nl: "Maak het venster groter; q stopt.", en: "Make the window larger; q quits.")
    static let yes = LocalizedText(nl: "ja", en: "yes")
    static let no = LocalizedText(nl: "nee", en: "no")
    static let fieldDate = LocalizedText(nl: "Datum", en: "Date")
    static let fieldPhone = LocalizedText(nl: "Telefoon", en: "Phone")
    static let dateFormats = LocalizedText(nl: "dd-mm-jjjj of jjjj-mm-dd", en: "YYYY-MM-DD or dd-mm-yyyy")
    static let nothingToUndo = LocalizedText(nl: "Niets om ongedaan te maken.", en: "Nothing to undo.")

    /// A meeting's time as read (the meeting form, the plan form): "19:00 tot 21:30 (2,5 uur)".
    static func timeRead(_ time: MeetingTime) -> LocalizedText {
        LocalizedText(nl: "\(time.start.text) tot \(time.end.text) (\(NumberInput.hoursText(time.hours, language: .nl)) uur)",
                      en: "\(time.start.text) to \(time.end.text) (\(NumberInput.hoursText(time.hours, language: .en)) hours)")
    }

    /// What is wrong with a time as typed (Core's `MeetingTime.parse`), short enough to stand under
    /// a field or a table row; the field shows the text itself.
    static func timeProblem(_ error: MeetingTime.InputError) -> LocalizedText {
        switch error {
        case .notATime:
            return LocalizedText(nl: "geen tijd (uur 0–23, minuten 00–59): schrijf 19:00-21:30",
                                 en: "not a time (hours 0–23, minutes 00–59): write 19:00-21:30")
        case .endNotAfterStart:
            return LocalizedText(nl: "het eind moet na het begin liggen", en: "the end must be after the start")
        }
    }

    /// "1 fout", "3 fouten".
    static func errors(_ count: Int) -> LocalizedText {
        count == 1 ? LocalizedText(nl: "1 fout", en: "1 error") : LocalizedText(nl: "\(count) fouten", en: "\(count) errors")
    }

    static func warnings(_ count: Int) -> LocalizedText {
        count == 1 ? LocalizedText(nl: "1 waarschuwing", en: "1 warning")
            : LocalizedText(nl: "\(count) waarschuwingen", en: "\(count) warnings")
    }

    /// "1 fout, 3 waarschuwingen".
    static func findingCounts(errors: Int, warnings: Int) -> LocalizedText {
        let errors = self.errors(errors), warnings = self.warnings(warnings)
        return LocalizedText(nl: errors.nl + ", " + warnings.nl, en: errors.en + ", " + warnings.en)
    }

    static func tooSmallSize(need: Size, have: Size) -> LocalizedText {
        LocalizedText(nl: "nodig \(need), nu \(have)", en: "need \(need), have \(have)")
    }

    /// "regel 3–20 van 41": where a text taller than the screen is scrolled to.
    static func scrollPosition(first: Int, last: Int, of count: Int) -> LocalizedText {
        LocalizedText(nl: "regel \(first)–\(last) van \(count)", en: "lines \(first)–\(last) of \(count)")
    }

    static func undone(_ what: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "Ongedaan gemaakt: \(what.nl). Bewaard.", en: "Undone: \(what.en). Saved.")
    }

    /// After a change `u` can undo.
    static func saved(_ what: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "Bewaard: \(what.nl). Ongedaan maken: toets u.", en: "Saved: \(what.en). Undo: key u.")
    }

    /// "mag nog 2 missen", and for none "mag geen bijeenkomst meer missen" (as the finding says it).
    static func mayMiss(_ count: Int) -> LocalizedText {
        count <= 0 ? LocalizedText(nl: "mag geen bijeenkomst meer missen", en: "may miss no further meeting")
            : LocalizedText(nl: "mag nog \(count) missen", en: "may miss \(count) more")
    }

    /// "1 groep", "8 groepen".
    static func groups(_ count: Int) -> LocalizedText {
        count == 1 ? LocalizedText(nl: "1 groep", en: "1 group") : LocalizedText(nl: "\(count) groepen", en: "\(count) groups")
    }

    /// The plan's state in a word or three.
    static func planStatus(_ status: PlanStatus) -> LocalizedText {
        switch status {
        case .missing: return planMissing
        case .incomplete: return planIncomplete
        case .complete: return planComplete
        case .exported: return planExported
        case .changedSinceExport: return planChangedSinceExport
        case .submitted: return planSubmitted
        }
    }

    static func role(_ role: Role) -> LocalizedText { role == .supervisor ? roleSupervisor : roleContactPerson }

    static func languageName(_ language: Language) -> LocalizedText { language == .nl ? languageDutch : languageEnglish }
}
