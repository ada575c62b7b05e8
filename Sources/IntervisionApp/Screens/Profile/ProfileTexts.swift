import IntervisionCore

/// The supervisor profile form's texts.
enum ProfileTexts {
    static let name = LocalizedText(nl: "Profiel begeleider", en: "Supervisor profile")
    static let registration = LocalizedText(nl: "Registratie", en: "Registration")
    static let registrationNumber = LocalizedText(nl: "Registratienummer", en: "Registration number")
    static let lvscHours = LocalizedText(nl: "Uren in 5 jaar", en: "Hours in 5 years")
    static let registrationNone = LocalizedText(nl: "geen", en: "none")
    static let choose = LocalizedText(nl: "←→ kiest", en: "←→ changes")
    static let hoursNeeded = LocalizedText(nl: "minimaal 60 nodig", en: "at least 60 required")
    static let lvscExplain = LocalizedText(nl: "LVSC: uren coaching, supervisie of begeleide intervisie van artsen in de afgelopen 5 jaar. De regeling vraagt minimaal 60 uur (voetnoot bij ‘Begeleiding’).", en: "LVSC: hours of coaching, supervision or guided intervision of doctors in the last 5 years. The regulation requires at least 60 hours (footnote to ‘Begeleiding’).")
    static let meets = LocalizedText(nl: "✓ Voldoet aan de eis voor de registratie van de begeleider.", en: "✓ Meets the requirement for the supervisor's registration.")
    static let regulation = LocalizedText(nl: "De regeling: de begeleider staat in het register van Coaches voor Medici, heeft een LVSC-registratie als coach of supervisor met aantoonbare ervaring met artsen, of is lid van de Vereniging Balint Nederland.", en: "The regulation: the supervisor is in the register of Coaches voor Medici, has an LVSC registration as coach or supervisor with proven experience with doctors, or is a member of the Vereniging Balint Nederland.")
    static let appliesToAll = LocalizedText(nl: "Geldt voor alle groepen. Naam en telefoon komen op elk jaarplan dat geen eigen begeleider noemt.", en: "Applies to every group. Name and phone go on each yearly plan that names no supervisor of its own.")

    static func fails(_ shortfall: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "✗ Voldoet niet (registratie begeleider): \(shortfall.nl).",
                      en: "✗ Does not meet the requirement (supervisor registration): \(shortfall.en).")
    }

    static func saved(groups: Int) -> LocalizedText {
        let groups = AppTexts.groups(groups)
        return LocalizedText(nl: "Profiel begeleider bewaard; \(groups.nl) opnieuw beoordeeld.", en: "Supervisor profile saved; \(groups.en) judged again.")
    }
}
