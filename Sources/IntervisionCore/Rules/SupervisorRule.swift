/// SUPERVISOR_REGISTRATION: the supervisor may lead accredited intervision, and every application
/// goes with proof of the registration ("bewijs van registratie van de begeleider").
enum SupervisorRule {
    /// A registration that expires within this many days after the next application is reported.
    static let expiryWarningDays = 60

    static func findings(_ facts: GroupFacts) -> [Finding] {
        if let shortfall = Supervisor.registrationShortfall(facts.supervisor) {
            return [facts.finding(.supervisorRegistration, .error, year: nil, nl: shortfall.nl, en: shortfall.en)]
        }
        guard let expires = facts.supervisor?.registrationExpires else { return [] }
        let next = nextApplication(facts)
        guard expires <= next.date.adding(days: expiryWarningDays) else { return [] }
        let due = min(expires, next.date)
        if expires < facts.today {
            return [facts.finding(.supervisorRegistration, .warning, year: next.year, due: due,
                nl: "De registratie van de begeleider is verlopen op \(expires.dutch); de volgende aanvraag (uiterlijk \(next.date.dutch)) vraagt een geldig bewijs van registratie",
                en: "The supervisor's registration expired on \(expires.iso); the next application (by \(next.date.iso)) needs valid proof of registration")]
        }
        return [facts.finding(.supervisorRegistration, .warning, year: next.year, due: due,
            nl: "De registratie van de begeleider verloopt op \(expires.dutch), binnen 60 dagen na de volgende aanvraag (uiterlijk \(next.date.dutch)); verleng haar en stuur het nieuwe bewijs mee",
            en: "The supervisor's registration expires on \(expires.iso), within 60 days of the next application (by \(next.date.iso)); renew it and send the new proof")]
    }

    /// When the next application is due: the first meeting (planned from today, else the start) of
    /// the earliest plan not yet submitted that has not ended, at the earliest today; with every plan
    /// submitted, the start of the year after the last one.
    static func nextApplication(_ facts: GroupFacts) -> (date: CivilDate, year: YearPeriod?) {
        if let plan = facts.plans.first(where: { $0.submitted == nil && $0.to >= facts.today }) {
            let first = plan.planned.compactMap(\.date).filter { plan.contains($0) && $0 >= facts.today }.min() ?? plan.from
            return (max(first, facts.today), plan.period)
        }
        guard let last = facts.plans.last else { return (facts.today, nil) }
        return (max(last.to.adding(days: 1), facts.today), nil)
    }
}

extension Supervisor {
    /// The regulation's footnote (*): "in de afgelopen 5 jaar in totaal minimaal 60 uur".
    public static let minimumLVSCHours = 60.0

    /// Why a profile does not satisfy SUPERVISOR_REGISTRATION, in the finding's words; nil when it
    /// does. The rule reports this on every group; the profile screen shows it as it is typed.
    public static func registrationShortfall(_ supervisor: Supervisor?) -> LocalizedText? {
        guard let supervisor, let registration = supervisor.registration else {
            return LocalizedText(nl: "Geen registratie van de begeleider vastgelegd (Coaches voor Medici, LVSC of Balint)",
                                 en: "No supervisor registration on file (Coaches voor Medici, LVSC or Balint)")
        }
        let hours = supervisor.lvscHours ?? 0
        if registration == .lvsc, hours < minimumLVSCHours {
            return LocalizedText(
                nl: "LVSC-registratie met \(formatHours(hours)) uur begeleiding van artsen in 5 jaar; minimaal 60 uur nodig",
                en: "LVSC registration with \(formatHours(hours, decimalSeparator: ".")) hours of coaching doctors in 5 years; at least 60 needed")
        }
        return nil
    }
}
