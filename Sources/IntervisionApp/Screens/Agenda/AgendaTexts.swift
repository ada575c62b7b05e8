import IntervisionCore

/// The agenda screen's texts (the sections' titles are Core's, `AgendaBucket.title`).
enum AgendaTexts {
    static let name = LocalizedText(nl: "Agenda", en: "Agenda")
    static let columnDue = LocalizedText(nl: "Uiterlijk", en: "Due by")
    static let columnGroup = LocalizedText(nl: "Groep", en: "Group")
    static let columnAction = LocalizedText(nl: "Actie", en: "Action")
    static let nothingToDo = LocalizedText(nl: "Niets te doen: geen groep heeft een open actie.", en: "Nothing to do: no group has an open action.")

    /// "12 acties in 8 groepen · 2 te laat, 3 deze week".
    static func summary(actions: Int, groups: Int, _ counts: AgendaSummary) -> LocalizedText {
        let groups = AppTexts.groups(groups)
        let base = actions == 1 ? LocalizedText(nl: "1 actie in \(groups.nl)", en: "1 action in \(groups.en)")
            : LocalizedText(nl: "\(actions) acties in \(groups.nl)", en: "\(actions) actions in \(groups.en)")
        guard let counts = counts.text else { return base }
        return LocalizedText(nl: "\(base.nl) · \(counts.nl)", en: "\(base.en) · \(counts.en)")
    }

    /// Under the list: "Chirurgen Utrecht: Jaarplan 2028 indienen in GAIA, uiterlijk 04-12-2027".
    static func selected(group: String, _ text: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "\(group): \(text.nl)", en: "\(group): \(text.en)")
    }

    /// A section's heading: "Te laat (3)".
    static func heading(_ bucket: AgendaBucket, count: Int) -> LocalizedText {
        LocalizedText(nl: "\(bucket.title.nl) (\(count))", en: "\(bucket.title.en) (\(count))")
    }

}
