extension Supervisor {
    /// The profile as the supervisor types it (the profile screen, `supervisor set`): the name is
    /// required, the phone is checked as on the plan form, the hours are kept for the LVSC route only
    /// (the other registrations need none), the expiry date only with a registration. Texts are trimmed.
    public static func checked(name: String, phone: String, registration: Registration?, registrationNumber: String,
                               lvscHours: Double?, registrationExpires: CivilDate? = nil) throws(EditError) -> Supervisor {
        let cleanName = name.trimmed
        guard !cleanName.isEmpty else { throw .emptyName }
        try TextKind.name.check(cleanName, field: FieldLabel.name)
        try TextKind.name.check(registrationNumber.trimmed, field: FieldLabel.registrationNumber)
        if let lvscHours, !ValueLimits.isValidTotalHours(lvscHours) { throw .invalidDuration(lvscHours) }
        return Supervisor(name: cleanName, phone: try PhoneNumber.checked(phone), registration: registration,
                          registrationNumber: registrationNumber.trimmed, lvscHours: registration == .lvsc ? lvscHours : nil,
                          registrationExpires: registration == nil ? nil : registrationExpires)
    }
}
