import IntervisionCore

/// The command line's own texts in Dutch and English, one typed function each; the language is
/// chosen where they are shown (`Workspace.say`, `CLIError`). Data in them is shown safely by
/// `Output`. Messages of Core and the store (edits, rules, files) come with their own texts.
enum CommandText {
    // MARK: - Values

    /// A date as the language writes it: dd-mm-jjjj in Dutch, YYYY-MM-DD in English.
    static func date(_ date: CivilDate) -> LocalizedText { LocalizedText(nl: date.dutch, en: date.iso) }

    static func optionalDate(_ date: CivilDate?) -> LocalizedText { date.map(self.date) ?? none }

    /// "—": no value.
    static let none = LocalizedText(nl: "—", en: "—")

    /// "--option: what was wrong".
    static func option(_ option: String, _ problem: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "\(option): \(problem.nl)", en: "\(option): \(problem.en)")
    }

    // MARK: - Options and arguments

    static func unknownLanguage(_ value: String) -> LocalizedText {
        LocalizedText(nl: "--lang kent alleen nl en en, niet '\(value)'", en: "--lang takes nl or en, not '\(value)'")
    }

    static let fromAndToTogether = LocalizedText(nl: "geef --from en --to samen", en: "give --from and --to together")

    static let fromOrDate = LocalizedText(nl: "geef --from of --date, niet allebei", en: "give --from or --date, not both")

    static let demoGroupCount = LocalizedText(nl: "--groups moet tussen 1 en 100000 liggen", en: "--groups must be between 1 and 100000")

    static func formatNotPossible(_ value: String, choices: String) -> LocalizedText {
        LocalizedText(nl: "--format: '\(value)' kan niet; kies uit \(choices)", en: "--format: '\(value)' is not possible; choose from \(choices)")
    }

    static let emptyOutputName = LocalizedText(
        nl: "-o/--output: de bestandsnaam is leeg; geef een naam, of laat de optie weg voor een naam uit de groep",
        en: "-o/--output: the file name is empty; give a name, or leave the option out for a name made from the group")

    static let deleteTakesNoDate = LocalizedText(nl: "--delete wist het lid helemaal; geef dan geen --date",
                                                 en: "--delete removes the member altogether; give no --date with it")

    static let emptyGroupName = LocalizedText(nl: "de groepsnaam is leeg", en: "the group name is empty")

    // MARK: - Groups and their files

    /// A group that did not load because its file is damaged, named by the user.
    static func damagedGroup(_ named: String, _ problem: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "groep '\(named)' is niet geladen: \(problem.nl)", en: "group '\(named)' did not load: \(problem.en)")
    }

    static func noPlanYet(_ groupName: String) -> LocalizedText {
        LocalizedText(nl: "\(groupName) heeft nog geen jaarplan; maak er een met 'plan set --from --to'",
                      en: "\(groupName) has no yearly plan yet; make one with 'plan set --from --to'")
    }

    static let allWell = LocalizedText(nl: "ok", en: "ok")

    static func meetingsHeld(_ held: Int, of planned: Int) -> LocalizedText {
        LocalizedText(nl: "\(held)/\(planned) bijeenkomsten", en: "\(held)/\(planned) meetings")
    }

    static func nextDue(_ date: CivilDate?) -> LocalizedText {
        let when = optionalDate(date)
        return LocalizedText(nl: "volgende uiterlijk \(when.nl)", en: "next due \(when.en)")
    }

    // MARK: - Members, meetings, evaluations

    static func left(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: " (vertrokken \(date.dutch))", en: " (left \(date.iso))")
    }

    static let allPresent = LocalizedText(nl: "iedereen aanwezig", en: "all present")

    static func absent(_ names: [String]) -> LocalizedText {
        let list = names.joined(separator: ", ")
        return LocalizedText(nl: "afwezig: \(list)", en: "absent: \(list)")
    }

    /// "in GAIA op 22-01-2026", or "nog niet in GAIA": a meeting's attendance in `meeting list`.
    static func reportedInGAIA(_ date: CivilDate?) -> LocalizedText {
        guard let date else { return LocalizedText(nl: "nog niet in GAIA", en: "not yet in GAIA") }
        return LocalizedText(nl: "in GAIA op \(date.dutch)", en: "in GAIA on \(date.iso)")
    }

    static let undoTakesNoDay = LocalizedText(nl: "--undo neemt de markering terug en gaat niet samen met --on",
                                              en: "--undo takes the mark back and cannot be combined with --on")

    static func attendanceNotReported(of meeting: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Aanwezigheid van \(meeting.dutch): niet meer gemarkeerd als ingevoerd in GAIA",
                      en: "Attendance of \(meeting.iso): no longer marked as entered in GAIA")
    }

    static func attendanceReported(of meeting: CivilDate, on day: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Aanwezigheid van \(meeting.dutch): ingevoerd in GAIA op \(day.dutch)",
                      en: "Attendance of \(meeting.iso): entered in GAIA on \(day.iso)")
    }

    /// `export gaia` for a meeting without BIG-registered members present.
    static func nobodyToReport(on day: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Geen BIG-geregistreerde leden aanwezig op \(day.dutch): er is niets in GAIA in te voeren.",
                      en: "No BIG-registered members present on \(day.iso): nothing to enter in GAIA.")
    }

    static func noEvaluation(_ groupName: String) -> LocalizedText {
        LocalizedText(nl: "\(groupName) heeft nog geen evaluatie; leg er een vast met 'evaluation add'",
                      en: "\(groupName) has no evaluation yet; record one with 'evaluation add'")
    }

    static func noEvaluation(on day: CivilDate, dates: [CivilDate]) -> LocalizedText {
        LocalizedText(nl: "geen evaluatie op \(day.dutch) (wel op: \(dates.map(\.dutch).joined(separator: ", ")))",
                      en: "no evaluation on \(day.iso) (there are: \(dates.map(\.iso).joined(separator: ", ")))")
    }

    // MARK: - The yearly plan

    /// "Chirurgen Utrecht: jaargang 2026".
    static func planHeading(_ groupName: String, _ year: YearPeriod) -> LocalizedText {
        LocalizedText(nl: "\(groupName): jaargang \(year.label.nl)", en: "\(groupName): year \(year.label.en)")
    }

    static func planNumbers(meetings: Int?, hours: Double?) -> LocalizedText {
        let count = meetings.map(String.init) ?? "—"
        let duration = hours.map(self.hours) ?? none
        return LocalizedText(nl: "Bijeenkomsten: \(count)   Duur: \(duration.nl)", en: "Meetings: \(count)   Duration: \(duration.en)")
    }

    static func exported(_ date: CivilDate?, changedSince: Bool) -> LocalizedText {
        let when = optionalDate(date)
        let changed = date != nil && changedSince
        return LocalizedText(nl: "Geëxporteerd: \(when.nl)" + (changed ? " (gewijzigd na export: exporteer opnieuw)" : ""),
                             en: "Exported: \(when.en)" + (changed ? " (changed since: export again)" : ""))
    }

    static func submittedInGAIA(_ date: CivilDate?) -> LocalizedText {
        let when = optionalDate(date)
        return LocalizedText(nl: "Ingediend in GAIA: \(when.nl)", en: "Submitted in GAIA: \(when.en)")
    }

    static func closedOn(_ date: CivilDate) -> LocalizedText { LocalizedText(nl: "Afgesloten: \(date.dutch)", en: "Closed: \(date.iso)") }

    static func submitted(_ year: YearPeriod, on day: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Jaarplan \(year.label.nl): ingediend in GAIA op \(day.dutch)", en: "Plan \(year.label.en): submitted in GAIA on \(day.iso)")
    }

    static func yearHasErrors(_ year: YearPeriod, count: Int) -> LocalizedText {
        let errors = errors(count)
        return LocalizedText(nl: "De jaargang \(year.label.nl) heeft \(errors.nl):", en: "The year \(year.label.en) has \(errors.en):")
    }

    static let closeAnyway = LocalizedText(nl: "Toch afsluiten? Deze leden krijgen voor deze jaargang geen uren. (j/n) ",
                                           en: "Close it anyway? Those members get no hours for this year. (y/n) ")
    static let notClosed = LocalizedText(nl: "Niet afgesloten.", en: "Not closed.")

    static func closed(_ year: YearPeriod, on day: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Jaargang \(year.label.nl) afgesloten op \(day.dutch)", en: "Year \(year.label.en) closed on \(day.iso)")
    }

    static func stillToFillIn(_ fields: [LocalizedText]) -> LocalizedText {
        LocalizedText(nl: "Nog in te vullen: " + fields.map(\.nl).joined(separator: "; "),
                      en: "Still to fill in: " + fields.map(\.en).joined(separator: "; "))
    }

    static func exportRefused(_ reason: LocalizedText) -> LocalizedText {
        LocalizedText(nl: reason.nl + " — exporteer het als concept met --draft", en: reason.en + " — export it as a draft with --draft")
    }

    /// A final export of a plan not yet submitted: the next step.
    static func exportedNotSubmitted(on day: CivilDate, group: GroupID, plan from: CivilDate) -> LocalizedText {
        LocalizedText(
            nl: "Geëxporteerd op \(day.dutch); nog niet ingediend in GAIA. Markeer het daarna: intervisie plan submitted \(group) --from \(from.iso) --date …",
            en: "Exported on \(day.iso); not yet submitted in GAIA. Mark it afterwards: intervisie plan submitted \(group) --from \(from.iso) --date …")
    }

    /// "jaargang 2026", "year 2026".
    static func yearLabel(_ label: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "jaargang \(label.nl)", en: "year \(label.en)")
    }

    /// A final export whose document was written but whose group could not be saved after all.
    static func exportDateNotRecorded(_ path: String, _ problem: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "\(path) is geschreven, maar de exportdatum is niet vastgelegd: \(problem.nl)",
                      en: "\(path) was written, but the export date was not recorded: \(problem.en)")
    }

    // MARK: - The supervisor

    /// Hours as people write them: "60 uur", "62,5 uur"; "60 h", "62.5 h".
    static func hours(_ hours: Double) -> LocalizedText {
        LocalizedText(nl: "\(NumberInput.hoursText(hours, language: .nl)) uur", en: "\(NumberInput.hoursText(hours, language: .en)) h")
    }

    static func validUntil(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "geldig tot en met \(date.dutch)", en: "valid until \(date.iso)")
    }

    static let noProfile = LocalizedText(nl: "Nog geen profiel: intervisie supervisor set --name … --phone … --registration cvm|lvsc|balint",
                                         en: "No profile yet: intervisie supervisor set --name … --phone … --registration cvm|lvsc|balint")

    // MARK: - Import

    static let nothingChanged = LocalizedText(nl: "Niets gewijzigd. Bevestig met --yes om de wijzigingen over te nemen.",
                                              en: "Nothing changed. Confirm with --yes to take the changes over.")
    static let applied = LocalizedText(nl: "Overgenomen.", en: "Applied.")
    static let applyQuestion = LocalizedText(nl: "Overnemen? [j/N] ", en: "Apply? [y/N] ")

    // MARK: - Demo

    static let folderNotEmpty = LocalizedText(nl: "de datamap bevat al groepen; gebruik een lege map (--data-dir) voor de demo",
                                              en: "the data folder already holds groups; use an empty folder (--data-dir) for the demo")

    static func demoWritten(_ count: Int, folder: String) -> LocalizedText {
        LocalizedText(nl: "\(count) demogroepen aangemaakt in \(folder)", en: "\(count) demo groups written to \(folder)")
    }

    // MARK: - Check

    static let errorLabel = LocalizedText(nl: "FOUT  ", en: "ERROR ")
    static let warningLabel = LocalizedText(nl: "LET OP", en: "WARN  ")

    static func due(_ date: CivilDate) -> LocalizedText { LocalizedText(nl: " [uiterlijk \(date.dutch)]", en: " [due \(date.iso)]") }

    static func checkSummary(groups: Int, errors: Int, warnings: Int) -> LocalizedText {
        LocalizedText(nl: "\(count(groups, "groep", "groepen")): \(count(errors, "fout", "fouten")), \(count(warnings, "waarschuwing", "waarschuwingen"))",
                      en: "\(count(groups, "group", "groups")): \(count(errors, "error", "errors")), \(count(warnings, "warning", "warnings"))")
    }

    /// "1 fout", "2 fouten".
    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    static func errors(_ n: Int) -> LocalizedText { LocalizedText(nl: count(n, "fout", "fouten"), en: count(n, "error", "errors")) }
    static func warnings(_ n: Int) -> LocalizedText {
        LocalizedText(nl: count(n, "waarschuwing", "waarschuwingen"), en: count(n, "warning", "warnings"))
    }

    /// "Jaargang 2026 (loopt):", the heading of a year's findings.
    static func yearHeading(_ year: YearPeriod, _ state: YearState) -> LocalizedText {
        let label = year.label
        let described = state.label
        return LocalizedText(nl: "Jaargang \(label.nl) (\(described.nl)):", en: "Year \(label.en) (\(described.en)):")
    }

    // MARK: - Agenda

    static let nothingToDo = LocalizedText(nl: "Niets te doen.", en: "Nothing to do.")

    /// "5 acties, waarvan 1 te laat".
    static func agendaSummary(actions: Int, overdue: Int) -> LocalizedText {
        LocalizedText(nl: "\(count(actions, "actie", "acties")), waarvan \(overdue) te laat",
                      en: "\(count(actions, "action", "actions")), \(overdue) overdue")
    }
}
