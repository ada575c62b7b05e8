/// The fields of the official form "Jaarplan intervisiegroep medisch specialisten" (January 2024),
/// with the form's own Dutch labels. PLAN_COMPLETE names the empty ones by these labels.
public enum PlanField: String, Sendable, CaseIterable, Hashable {
    // Basisgegevens
    case groupName
    case focusAreas
    case supervisor
    case contactPerson
    case remarks
    case methods
    // Deelnemers
    case participants
    // Planning bijeenkomsten
    case period
    case totalMeetings
    case duration
    case meetings

    public enum Section: String, Sendable, CaseIterable {
        case basisgegevens, deelnemers, planning

        public var label: LocalizedText {
            switch self {
            case .basisgegevens: return LocalizedText(nl: "Basisgegevens", en: "Basic details")
            case .deelnemers: return LocalizedText(nl: "Deelnemers", en: "Participants")
            case .planning: return LocalizedText(nl: "Planning bijeenkomsten", en: "Meeting schedule")
            }
        }
    }

    public var section: Section {
        switch self {
        case .groupName, .focusAreas, .supervisor, .contactPerson, .remarks, .methods: return .basisgegevens
        case .participants: return .deelnemers
        case .period, .totalMeetings, .duration, .meetings: return .planning
        }
    }

    /// The label as printed on the form (nl), and its English counterpart.
    public var label: LocalizedText {
        switch self {
        case .groupName: return LocalizedText(nl: "Naam intervisiegroep", en: "Name of the intervision group")
        case .focusAreas: return LocalizedText(nl: "Toelichting op aandachtsgebied intervisiegroep", en: "Focus area(s) of the group")
        case .supervisor: return LocalizedText(nl: "Naam + telefoonnummer intervisiebegeleider", en: "Name + phone of the supervisor")
        case .contactPerson: return LocalizedText(nl: "Naam + telefoonnummer contactpersoon intervisiegroep", en: "Name + phone of the contact person")
        case .remarks: return LocalizedText(nl: "Opmerkingen/aanvullingen", en: "Remarks/additions")
        case .methods: return LocalizedText(nl: "Welke intervisiemethoden worden er toegepast?", en: "Which intervision methods are used?")
        case .participants: return LocalizedText(nl: "Deelnemers (naam, specialisme, BIG-nummer)", en: "Participants (name, specialism, BIG number)")
        case .period: return LocalizedText(nl: "Jaargang (van dd-mm-jj tot dd-mm-jj)", en: "Year (from dd-mm-yy to dd-mm-yy)")
        case .totalMeetings: return LocalizedText(nl: "Totaal aantal bijeenkomsten", en: "Total number of meetings")
        case .duration: return LocalizedText(nl: "Duur bijeenkomsten (netto nascholing)", en: "Duration of meetings (net education time)")
        case .meetings: return LocalizedText(nl: "Datum en onderwerp(en) (voor zover bekend)", en: "Date and topic(s) (as far as known)")
        }
    }

    /// Fields the form marks as optional: remarks, and dates/topics "as far as known".
    public var isOptional: Bool { self == .remarks || self == .meetings }
}
