extension Supervisor {
    /// The profile as the supervisor types it (the profile screen, `supervisor set`): the name is
    /// required, the phone is checked as on the plan form, the hours are kept for the LVSC route only
    /// (the other registrations need none). Texts are trimmed.
    public static func checked(name: String, phone: String, registration: Registration?, registrationNumber: String,
                               lvscHours: Double?) throws(EditError) -> Supervisor {
        let cleanName = name.trimmed
        guard !cleanName.isEmpty else { throw .emptyName }
        try TextKind.name.check(cleanName, field: FieldLabel.name)
        try TextKind.name.check(registrationNumber.trimmed, field: FieldLabel.registrationNumber)
        if let lvscHours, !ValueLimits.isValidTotalHours(lvscHours) { throw .invalidDuration(lvscHours) }
        let cleanPhone: String
        switch PhoneNumber.parse(phone) {
        case .success(let parsed): cleanPhone = parsed
        case .failure(let error): throw .invalidPhone(error)
        }
        return Supervisor(name: cleanName, phone: cleanPhone, registration: registration,
                          registrationNumber: registrationNumber.trimmed, lvscHours: registration == .lvsc ? lvscHours : nil)
    }
}
