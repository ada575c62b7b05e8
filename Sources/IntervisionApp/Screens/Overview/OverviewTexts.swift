import IntervisionCore

/// The overview's texts.
enum OverviewTexts {
    static let name = LocalizedText(nl: "Overzicht", en: "Overview")
    static let columnGroup = LocalizedText(nl: "Groep", en: "Group")
    static let columnDue = LocalizedText(nl: "Uiterlijk", en: "Due by")
    static let columnAction = LocalizedText(nl: "Eerstvolgende actie", en: "Next action")
    /// Actions overdue; members at attendance risk.
    static let columnOverdue = LocalizedText(nl: "Laat", en: "Late")
    static let columnAtRisk = LocalizedText(nl: "Risico", en: "Risk")
    static let nothingToDo = LocalizedText(nl: "niets te doen", en: "nothing to do")
    static let noGroups = LocalizedText(nl: "Nog geen groepen in deze datamap. n: nieuwe groep.", en: "No groups in this data folder yet. n: new group.")
    static let filterPrompt = LocalizedText(nl: "Filter op naam: ", en: "Filter by name: ")

    /// "8 groepen · 2 met fouten · 3 met waarschuwingen".
    static func summary(groups: Int, withErrors: Int, withWarnings: Int) -> LocalizedText {
        let groups = AppTexts.groups(groups)
        return LocalizedText(nl: "\(groups.nl) · \(withErrors) met fouten · \(withWarnings) met waarschuwingen",
                             en: "\(groups.en) · \(withErrors) with errors · \(withWarnings) with warnings")
    }

    static func noMatch(_ filter: String) -> LocalizedText {
        LocalizedText(nl: "Geen groep past bij „\(filter)”.", en: "No group matches “\(filter)”.")
    }

    static func filterActive(_ filter: String, matches: Int, of count: Int) -> LocalizedText {
        LocalizedText(nl: "filter: \(filter) (\(matches) van \(count))", en: "filter: \(filter) (\(matches) of \(count))")
    }
}
