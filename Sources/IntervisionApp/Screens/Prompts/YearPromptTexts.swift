import IntervisionCore

/// The texts of the two dialogs about the regulation's year: the plan submitted in GAIA, and an
/// ended year closed.
enum YearPromptTexts {
    static let submittedTitle = LocalizedText(nl: "Ingediend in GAIA", en: "Submitted in GAIA")
    static let submittedExplain = LocalizedText(
        nl: "Exporteren is niet indienen: pas met deze datum geldt het jaarplan als aangevraagd (PLAN_BEFORE_FIRST).",
        en: "Exporting is not applying: only with this date does the plan count as applied for (PLAN_BEFORE_FIRST).")
    static let exportAgain = LocalizedText(
        nl: "Het document van die export is niet meer actueel: exporteer opnieuw voordat u het indient.",
        en: "The document of that export is out of date: export again before you submit it.")
    static let planNotSaved = LocalizedText(
        nl: "Dit jaarplan is nog niet bewaard: vul het in en bewaar het (Ctrl-S).", en: "This yearly plan is not saved yet: fill it in and save it (Ctrl-S).")
    /// Its name in the trail (help opened over the dialog).
    static let closeName = LocalizedText(nl: "Jaargang afsluiten", en: "Close the year")
    static let closeTitle = LocalizedText(nl: "Jaargang afsluiten?", en: "Close the year?")
    static let closeNoErrors = LocalizedText(nl: "Deze jaargang heeft geen fouten.", en: "This year has no errors.")
    static let closeWithErrors = LocalizedText(
        nl: "U kunt de jaargang toch afsluiten: de fouten zijn dan geschiedenis, en wie ze betreffen krijgt voor deze jaargang geen uren.",
        en: "You can still close the year: the errors are then history, and the members they concern get no hours for this year.")
    static let closeAfter = LocalizedText(
        nl: "Daarna staat de jaargang niet meer bij de bevindingen; 'intervisie check --from' beoordeelt haar nog. De toets u maakt het ongedaan.",
        en: "Afterwards the year leaves the findings; 'intervisie check --from' still judges it. The key u undoes it.")
    static let nothingToClose = LocalizedText(
        nl: "Geen afgelopen jaargang om af te sluiten.", en: "No ended year to close.")

    /// "Jaarplan 01-12-2026 – 30-11-2027 is ingediend in GAIA op:"
    static func submittedQuestion(_ year: YearPeriod) -> LocalizedText {
        LocalizedText(nl: "Jaarplan \(year.label.nl) is ingediend in GAIA op:", en: "Yearly plan \(year.label.en) was submitted in GAIA on:")
    }

    static func alreadySubmitted(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Al gemarkeerd als ingediend op \(date.dutch); Enter vervangt die datum.",
                      en: "Already marked as submitted on \(date.iso); Enter replaces that date.")
    }

    /// The undo message and the status line after marking.
    static func markedSubmitted(_ year: YearPeriod, on date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "jaarplan \(year.label.nl) ingediend in GAIA op \(date.dutch)",
                      en: "yearly plan \(year.label.en) submitted in GAIA on \(date.iso)")
    }

    static func closeQuestion(_ year: YearPeriod) -> LocalizedText {
        LocalizedText(nl: "Jaargang \(year.label.nl) is afgelopen. Afsluiten?", en: "The year \(year.label.en) has ended. Close it?")
    }

    /// "Deze 2 fouten blijven open:"
    static func errorsStayOpen(_ count: Int) -> LocalizedText {
        count == 1 ? LocalizedText(nl: "Deze fout blijft open:", en: "This error stays open:")
            : LocalizedText(nl: "Deze \(count) fouten blijven open:", en: "These \(count) errors stay open:")
    }

    static func moreErrors(_ count: Int) -> LocalizedText {
        LocalizedText(nl: "… en nog \(count)", en: "… and \(count) more")
    }

    static func closed(_ year: YearPeriod) -> LocalizedText {
        LocalizedText(nl: "jaargang \(year.label.nl) afgesloten", en: "year \(year.label.en) closed")
    }

    /// `c` while no year has ended yet: the running one ends on this day.
    static func notEndedYet(_ year: YearPeriod) -> LocalizedText {
        LocalizedText(nl: "Geen afgelopen jaargang om af te sluiten; jaargang \(year.label.nl) loopt tot en met \(year.to.dutch).",
                      en: "No ended year to close; the year \(year.label.en) runs through \(year.to.iso).")
    }
}
