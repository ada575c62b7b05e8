import IntervisionCore

/// The help screen's texts (what each key does is in `ActionTexts`).
enum HelpTexts {
    static let name = LocalizedText(nl: "Help", en: "Help")
    static let title = LocalizedText(nl: "Toetsen", en: "Keys")
    static let intro = LocalizedText(nl: "Alle toetsen, per scherm. Esc of ? sluit deze hulp.", en: "All keys, per screen. Esc or ? closes this help.")
    static let keys = LocalizedText(nl: "Toetsen", en: "Keys")
    static let action = LocalizedText(nl: "Wat het doet", en: "What it does")
    static let rules = LocalizedText(nl: "Bevindingen: de regel-id's (in check --json en docs/rules.md) en hun naam in de app",
                                     en: "Findings: the rule ids (in check --json and docs/rules.md) and their names in the app")

    /// "Aanwezigheid 75% — 75% aanwezigheid" beside the rule's id.
    static func rule(_ rule: RuleID) -> LocalizedText {
        LocalizedText(nl: "\(rule.shortName.nl) — \(rule.summary.nl)", en: "\(rule.shortName.en) — \(rule.summary.en)")
    }
}
