import IntervisionCore

/// The import screen's texts.
enum ImportTexts {
    static let name = LocalizedText(nl: "Importeren", en: "Import")
    static let heading = LocalizedText(nl: "Groepsbestand importeren (overdracht)", en: "Import a group file (hand-over)")
    static let file = LocalizedText(nl: "Bestand", en: "File")
    static let pathHint = LocalizedText(nl: "Tab vult map- en bestandsnamen aan; ~ is uw thuismap. Een versleuteld bestand (.age) vraagt daarna de wachtzin.",
                                        en: "Tab completes folder and file names; ~ is your home folder. An encrypted file (.age) then asks for its passphrase.")
    static let passphraseHint = LocalizedText(nl: "Het bestand is versleuteld: typ de wachtzin die u van de ander kreeg (wordt niet getoond) en Enter.",
                                              en: "The file is encrypted: type the passphrase the other person gave you (not shown) and Enter.")
    static let opening = LocalizedText(nl: "Openen…", en: "Opening…")
    static let noMatch = LocalizedText(nl: "Niets in die map begint zo.", en: "Nothing in that folder starts like that.")
    static let newGroupHeading = LocalizedText(nl: "Deze groep is hier nog niet; Enter voegt haar toe:", en: "This group is not here yet; Enter adds it:")
    static let applyQuestion = LocalizedText(nl: "Enter neemt de wijzigingen over · Esc laat alles zoals het is", en: "Enter applies the changes · Esc leaves everything as it is")
    static let nothingToApply = LocalizedText(nl: "Er is niets over te nemen. Enter of Esc gaat terug.", en: "There is nothing to apply. Enter or Esc goes back.")
    static let addQuestion = LocalizedText(nl: "Enter voegt de groep toe · Esc laat alles zoals het is", en: "Enter adds the group · Esc leaves everything as it is")
    static let changedMeanwhile = LocalizedText(nl: "De gegevens hier veranderden intussen; dit zijn de wijzigingen nu. Enter neemt ze over.",
                                                en: "The data here changed meanwhile; these are the changes now. Enter applies them.")
    /// The change an import makes, as undo and a refusal name it.
    static func importOf(_ name: String) -> LocalizedText {
        LocalizedText(nl: "import van \(name)", en: "import of \(name)")
    }
    static let unchanged = LocalizedText(nl: "Niets gewijzigd.", en: "Nothing changed.")

    static func applied(_ name: String, from source: String) -> LocalizedText {
        LocalizedText(nl: "Overgenomen uit \(source): \(name).", en: "Applied from \(source): \(name).")
    }

    /// "3 leden · 2 jaarplannen · 5 bijeenkomsten".
    static func contents(members: Int, plans: Int, meetings: Int) -> LocalizedText {
        LocalizedText(nl: "\(members) \(members == 1 ? "lid" : "leden") · \(plans) \(plans == 1 ? "jaarplan" : "jaarplannen") · \(meetings) \(meetings == 1 ? "bijeenkomst" : "bijeenkomsten")",
                      en: "\(members) \(members == 1 ? "member" : "members") · \(plans) \(plans == 1 ? "yearly plan" : "yearly plans") · \(meetings) \(meetings == 1 ? "meeting" : "meetings")")
    }

    static func candidatesMore(_ count: Int) -> LocalizedText {
        LocalizedText(nl: "… en nog \(count)", en: "… and \(count) more")
    }
}
