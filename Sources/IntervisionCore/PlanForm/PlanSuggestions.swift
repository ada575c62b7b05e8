/// What the plan form offers to choose from. The group's own entries are always kept beside these;
/// the lists are data, so changing them changes no code.
public enum PlanSuggestions {
    /// Themes that intervision groups of medical specialists commonly work on (from the regulation's
    /// aim, "reflectie op het professioneel handelen", and the topics groups bring in).
    public static let focusAreas = [
        "Professioneel handelen",
        "Communicatie met patiënten en naasten",
        "Samenwerking in het team en de maatschap",
        "Omgaan met complicaties, fouten en klachten",
        "Ethische dilemma's",
        "Leiderschap en organisatie",
        "Werkdruk, veerkracht en vitaliteit",
        "Opleiden en begeleiden van aios",
    ]

    /// The methods the regulation names (seed 001); groups add their own.
    public static let methods = ["Incidentmethode", "Balintmethode", "Vijfstappenmethode", "Roddelmethode"]

    /// The suggestions followed by the chosen entries that are not among them, without duplicates
    /// (case and surrounding spaces ignored): the rows of a multiple-choice list.
    public static func options(suggested: [String], chosen: [String]) -> [String] {
        var seen = Set(suggested.map { $0.trimmed.lowercased() })
        var result = suggested
        for entry in chosen where !entry.isBlank && seen.insert(entry.trimmed.lowercased()).inserted {
            result.append(entry.trimmed)
        }
        return result
    }
}
