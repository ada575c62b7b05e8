import IntervisionCore

/// The yearly plan form's texts (its field labels are the official form's: `PlanField.label`).
enum PlanFormTexts {
    static let name = LocalizedText(nl: "Jaarplan", en: "Yearly plan")
    static let proposed = LocalizedText(nl: "nieuw, nog niet bewaard", en: "new, not saved yet")
    static let isComplete = LocalizedText(nl: "Het jaarplan is volledig.", en: "The yearly plan is complete.")
    static let checksTitle = LocalizedText(nl: "Planning", en: "Schedule")
    static let checksFine = LocalizedText(nl: "minstens 4, binnen de jaargang, steeds binnen 3 maanden", en: "at least 4, inside the year, never over 3 months apart")
    static let readyToExport = LocalizedText(nl: "Klaar om te exporteren: Ctrl-X.", en: "Ready to export: Ctrl-X.")
    static let exportAsDraft = LocalizedText(nl: "Onvolledig: alleen als concept te exporteren (Ctrl-X).", en: "Incomplete: can only be exported as a draft (Ctrl-X).")
    static let columnName = LocalizedText(nl: "Naam**", en: "Naam** / Name")
    static let columnSpecialism = LocalizedText(nl: "Specialisme", en: "Specialisme / Specialism")
    static let columnBIG = LocalizedText(nl: "BIG-nummer", en: "BIG-nummer / BIG number")
    static let columnDate = LocalizedText(nl: "Datum", en: "Datum / Date")
    static let columnTopic = LocalizedText(nl: "Onderwerp(en) **", en: "Onderwerp(en) / Topic(s) **")
    /// Not on the official form (its table has date and topic only), so not bilingual there either.
    static let columnTime = LocalizedText(nl: "Tijd", en: "Time")
    static let columnLocation = LocalizedText(nl: "Locatie", en: "Location")
    static let timePlaceholder = LocalizedText(nl: "19:00-21:30", en: "19:00-21:30")
    static let leftMark = LocalizedText(nl: "vertrokken", en: "left")
    static let datePlaceholder = LocalizedText(nl: "dd-mm-jjjj", en: "YYYY-MM-DD")
    static let phone = LocalizedText(nl: "tel.", en: "phone")
    static let from = LocalizedText(nl: "van", en: "from")
    static let to = LocalizedText(nl: "tot", en: "to")
    static let hours = LocalizedText(nl: "uur (bijv. 2,5)", en: "hours (e.g. 2.5)")
    static let contactMark = LocalizedText(nl: "contact", en: "contact")
    static let newRow = LocalizedText(nl: "naam (nieuwe rij)", en: "name (new row)")
    static let chooseHint = LocalizedText(nl: "Enter: kiezen", en: "Enter: choose")
    static let chooseContact = LocalizedText(nl: "Contactpersoon kiezen", en: "Choose the contact person")
    static let footnoteBIG = LocalizedText(nl: "* Ook leden zonder BIG-registratie kunnen hier staan; zij krijgen geen accreditatiepunten via GAIA.", en: "* Members without BIG registration may be listed; they get no accreditation points via GAIA.")
    static let footnoteNet = LocalizedText(nl: "*** Alleen de tijd die aan de nascholing wordt besteed (netto).", en: "*** Only the time spent on education (net).")
    static let tableHint = LocalizedText(nl: "** Tab op de laatste rij voegt een rij toe; Ctrl-R verwijdert een rij.", en: "** Tab on the last row adds a row; Ctrl-R removes a row.")
    static let choiceOwn = LocalizedText(nl: "Eigen invoer + Enter:", en: "Own entry + Enter:")
    static let choiceFooterSeveral = LocalizedText(nl: "Spatie aan/uit · Enter klaar · Esc terug", en: "Space on/off · Enter done · Esc back")
    static let choiceFooterOne = LocalizedText(nl: "Enter kiest · Esc terug", en: "Enter chooses · Esc back")
    static let chooseContactFirst = LocalizedText(nl: "kies eerst een contactpersoon", en: "choose a contact person first")
    static let nameFirst = LocalizedText(nl: "vul eerst de naam in; dit komt dan mee", en: "fill in the name first; this then comes along")
    static let noParticipantsYet = LocalizedText(nl: "vul eerst de deelnemers in", en: "fill in the participants first")
    static let removeOnlyRows = LocalizedText(nl: "Ctrl-R verwijdert een rij van de tabel Deelnemers of Planning.", en: "Ctrl-R removes a row of the participants or meetings table.")
    static let meetingRemoved = LocalizedText(nl: "Geplande bijeenkomst verwijderd.", en: "Planned meeting removed.")
    static let noLaterYear = LocalizedText(nl: "Dit is het laatste jaarplan.", en: "This is the last yearly plan.")
    static let notSubmitted = LocalizedText(nl: "nog niet ingediend in GAIA", en: "not submitted in GAIA yet")
    static let exportAgain = LocalizedText(nl: "Exporteer opnieuw (Ctrl-X) voordat u het indient.", en: "Export again (Ctrl-X) before you submit it.")
    static let markSubmitted = LocalizedText(nl: "Ingediend in GAIA? Ctrl-G markeert het, met de datum.", en: "Submitted in GAIA? Ctrl-G marks it, with the date.")
    static let noEarlierYear = LocalizedText(nl: "Dit is het eerste jaarplan.", en: "This is the first yearly plan.")
    static let nothingToSave = LocalizedText(nl: "Niets gewijzigd: alles is bewaard.", en: "Nothing changed: everything is saved.")
    static let unsaved = LocalizedText(nl: "niet bewaard (Ctrl-S)", en: "not saved (Ctrl-S)")

    /// The change a save of the form makes, as the undo step and a refusal name it.
    static func planChanged(_ group: String) -> LocalizedText {
        LocalizedText(nl: "jaarplan van \(group) gewijzigd", en: "yearly plan of \(group) changed")
    }

    /// "Jaarplan 01-01-2027 – 31-12-2027".
    static func title(from: CivilDate, to: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Jaarplan \(from.dutch) – \(to.dutch)", en: "Yearly plan \(from.iso) – \(to.iso)")
    }

    static func missingTitle(_ count: Int) -> LocalizedText {
        LocalizedText(nl: "Nog in te vullen (\(count))", en: "Still to fill in (\(count))")
    }

    /// Ctrl-S while fields hold refused input.
    static func saveRefused(_ count: Int) -> LocalizedText {
        count == 1
            ? LocalizedText(nl: "Niet bewaard: 1 veld klopt niet (rood); verbeter het of zet terug met Esc.",
                            en: "Not saved: 1 field will not do (red); correct it or put it back with Esc.")
            : LocalizedText(nl: "Niet bewaard: \(count) velden kloppen niet (rood); verbeter of zet terug met Esc.",
                            en: "Not saved: \(count) fields will not do (red); correct or put back with Esc.")
    }

    static func refusedCount(_ count: Int) -> LocalizedText {
        LocalizedText(nl: "Niet bewaard: \(count) (rood)", en: "Not saved: \(count) (red)")
    }

    /// Under a participant who left during the year.
    static func leftNote(_ name: String, left: CivilDate) -> LocalizedText {
        LocalizedText(nl: "\(name) is vertrokken per \(left.dutch); staat op de lijst omdat het een deel van deze jaargang lid was",
                      en: "\(name) left from \(left.iso); listed because they were a member for part of this plan's year")
    }

    static func draftsDropped(_ count: Int) -> LocalizedText {
        LocalizedText(nl: "\(count) geweigerde invoer niet bewaard.", en: "\(count) refused input(s) not saved.")
    }

    /// The first Ctrl-R on a participant who attended nothing yet.
    static func confirmDelete(_ name: String) -> LocalizedText {
        LocalizedText(nl: "\(name) was nog bij geen bijeenkomst: nogmaals Ctrl-R haalt \(name) uit de groep.",
                      en: "\(name) attended no meeting yet: Ctrl-R again removes \(name) from the group.")
    }

    /// The first Ctrl-R on a participant with meeting records.
    static func confirmMarkLeft(_ name: String, on date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "\(name) was bij bijeenkomsten: nogmaals Ctrl-R markeert \(name) als vertrokken per \(date.dutch); de aanwezigheid blijft bewaard.",
                      en: "\(name) attended meetings: Ctrl-R again marks \(name) as left from \(date.iso); attendance is kept.")
    }

    static func memberDeleted(_ name: String) -> LocalizedText {
        LocalizedText(nl: "\(name) is uit de groep gehaald.", en: "\(name) was removed from the group.")
    }

    static func memberMarkedLeft(_ name: String, on date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "\(name) is vertrokken per \(date.dutch); de aanwezigheid blijft bewaard.",
                      en: "\(name) left from \(date.iso); attendance is kept.")
    }
}
