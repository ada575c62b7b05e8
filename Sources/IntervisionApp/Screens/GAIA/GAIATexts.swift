import IntervisionCore

/// The GAIA dialog's texts. "Ingevoerd in GAIA" is a meeting's attendance entered there;
/// "ingediend" is only the yearly plan submitted.
enum GAIATexts {
    static let name = LocalizedText(nl: "Aanwezigheid in GAIA", en: "Attendance in GAIA")
    static let nobodyWithBIG = LocalizedText(
        nl: "Geen van de aanwezigen heeft een BIG-nummer: er is niets in GAIA in te voeren.",
        en: "No one present has a BIG number: there is nothing to enter in GAIA.")
    static let onlyHeld = LocalizedText(
        nl: "Alleen van een gehouden bijeenkomst gaat de aanwezigheid naar GAIA; kies er een.",
        en: "Only a held meeting's attendance goes to GAIA; choose one.")
    static let nothingWaiting = LocalizedText(
        nl: "Geen bijeenkomst wacht op invoer in GAIA; kies er een op het tabblad bijeenkomsten (2).",
        en: "No meeting waits to be entered in GAIA; choose one on the meetings tab (2).")
    static let notMarked = LocalizedText(nl: "Deze bijeenkomst staat nog niet als ingevoerd in GAIA.",
                                         en: "This meeting is not marked as entered in GAIA.")
    static let markTitle = LocalizedText(nl: "Ingevoerd in GAIA", en: "Entered in GAIA")
    static let markExplain = LocalizedText(
        nl: "GAIA neemt de aanwezigheid pas na de bijeenkomst aan en herinnert na 1, 15 en 30 dagen.",
        en: "GAIA takes the attendance only after the meeting and reminds after 1, 15 and 30 days.")

    /// "Chirurgen Utrecht · bijeenkomst van 05-11-2026 19:00–21:30"
    static func meetingLine(_ group: String, _ date: CivilDate, time: MeetingTime?) -> LocalizedText {
        let at = time.map { " " + $0.display } ?? ""
        return LocalizedText(nl: "\(group) · bijeenkomst van \(date.dutch)\(at)", en: "\(group) · meeting of \(date.iso)\(at)")
    }

    static func listHeading(_ count: Int) -> LocalizedText {
        count == 1
            ? LocalizedText(nl: "Het BIG-nummer van de aanwezige, voor Importeren in GAIA:",
                            en: "The BIG number of the one present, for GAIA's Importeren:")
            : LocalizedText(nl: "De BIG-nummers van de \(count) aanwezigen, voor Importeren in GAIA:",
                            en: "The BIG numbers of the \(count) present, for GAIA's Importeren:")
    }

    /// Who is present but not in the list.
    static func withoutBIG(_ names: [String]) -> LocalizedText {
        let list = names.joined(separator: ", ")
        return names.count == 1
            ? LocalizedText(nl: "1 aanwezige zonder BIG-nummer staat er niet in: \(list)",
                            en: "1 present without a BIG number is not in it: \(list)")
            : LocalizedText(nl: "\(names.count) aanwezigen zonder BIG-nummer staan er niet in: \(list)",
                            en: "\(names.count) present without a BIG number are not in it: \(list)")
    }

    static func copy(_ copy: GAIADialog.Copy) -> LocalizedText {
        switch copy {
        case .asked:
            return LocalizedText(nl: "Naar het klembord sturen…", en: "Sending to the clipboard…")
        case .sent:
            return LocalizedText(
                nl: "Naar het klembord gestuurd (OSC 52), als de terminal dat toestaat (tmux: set -g set-clipboard on).",
                en: "Sent to the clipboard (OSC 52), if the terminal allows it (tmux: set -g set-clipboard on).")
        case .notSent:
            return LocalizedText(
                nl: "Niet naar het klembord gestuurd: geen terminal om het aan te geven. Neem de nummers over, of gebruik 'intervisie export gaia'.",
                en: "Not sent to the clipboard: no terminal to hand it to. Copy the numbers by hand, or use 'intervisie export gaia'.")
        }
    }

    static func entered(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "✓ Ingevoerd in GAIA op \(date.dutch).", en: "✓ Entered in GAIA on \(date.iso).")
    }

    static func notEntered(due: CivilDate?) -> LocalizedText {
        guard let due else {
            return LocalizedText(nl: "Nog niet ingevoerd in GAIA.", en: "Not entered in GAIA yet.")
        }
        return LocalizedText(nl: "Nog niet ingevoerd in GAIA, uiterlijk \(due.dutch).",
                             en: "Not entered in GAIA yet, due by \(due.iso).")
    }

    /// "Aanwezigheid van 05-11-2026 is ingevoerd in GAIA op:"
    static func markQuestion(_ meeting: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Aanwezigheid van \(meeting.dutch) is ingevoerd in GAIA op:", en: "The attendance of \(meeting.iso) was entered in GAIA on:")
    }

    static func alreadyMarked(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Al gemarkeerd als ingevoerd op \(date.dutch); Enter vervangt die datum.",
                      en: "Already marked as entered on \(date.iso); Enter replaces that date.")
    }

    /// The status line and undo after marking.
    static func marked(_ meeting: CivilDate, on date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "aanwezigheid van \(meeting.dutch) ingevoerd in GAIA op \(date.dutch)",
                      en: "attendance of \(meeting.iso) entered in GAIA on \(date.iso)")
    }

    static func unmarked(_ meeting: CivilDate) -> LocalizedText {
        LocalizedText(nl: "aanwezigheid van \(meeting.dutch) toch nog niet ingevoerd in GAIA",
                      en: "attendance of \(meeting.iso) not entered in GAIA after all")
    }
}
