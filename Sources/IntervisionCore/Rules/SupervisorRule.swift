/// SUPERVISOR_REGISTRATION: the supervisor may lead accredited intervision.
enum SupervisorRule {
    static func findings(_ j: Judgement) -> [Finding] {
        guard let shortfall = Supervisor.registrationShortfall(j.supervisor) else { return [] }
        return [j.finding(.supervisorRegistration, .error, nl: shortfall.nl, en: shortfall.en)]
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
