extension PlanField {
    /// A few words for lists where the form's full label does not fit ("what is still missing").
    public var shortLabel: LocalizedText {
        switch self {
        case .groupName: return LocalizedText(nl: "Naam van de groep", en: "Group name")
        case .focusAreas: return LocalizedText(nl: "Aandachtsgebied(en)", en: "Focus area(s)")
        case .supervisor: return LocalizedText(nl: "Begeleider + telefoon", en: "Supervisor + phone")
        case .contactPerson: return LocalizedText(nl: "Contactpersoon + telefoon", en: "Contact person + phone")
        case .remarks: return LocalizedText(nl: "Opmerkingen", en: "Remarks")
        case .methods: return LocalizedText(nl: "Intervisiemethoden", en: "Intervision methods")
        case .participants: return LocalizedText(nl: "Deelnemers (naam, specialisme)", en: "Participants (name, specialism)")
        case .period: return LocalizedText(nl: "Jaargang", en: "Year")
        case .totalMeetings: return LocalizedText(nl: "Totaal aantal bijeenkomsten", en: "Total number of meetings")
        case .duration: return LocalizedText(nl: "Duur (netto uren)", en: "Duration (net hours)")
        case .meetings: return LocalizedText(nl: "Data en onderwerpen", en: "Dates and topics")
        }
    }
}
