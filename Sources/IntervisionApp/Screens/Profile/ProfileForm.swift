import IntervisionCore

/// The supervisor's own profile: name, phone, registration and, for the LVSC route, the hours of
/// the last 5 years. One per data folder; every group's SUPERVISOR_REGISTRATION is judged on it, and
/// the plan form takes its name and phone as the supervisor's.
public struct ProfileForm: TextFieldForm, Equatable {
    public enum Field: Int, CaseIterable, Sendable {
        case name, phone, registration, number, hours
    }

    /// The typed fields (all but the registration, a choice).
    public var fields: [Field: TextField]
    public var registration: Registration?
    public var focus: Field = .name
    /// Refusals at the last Ctrl-S, by the field they are about.
    public var errors: [Field: LocalizedText] = [:]
    public var isDirty = false

    /// The form on the profile as it is (hours written the language's way: "62,5" or "62.5").
    public init(_ profile: Supervisor?, language: Language) {
        fields = [
            .name: TextField(profile?.name ?? ""), .phone: TextField(profile?.phone ?? ""),
            .number: TextField(profile?.registrationNumber ?? ""),
            .hours: TextField(profile?.lvscHours.map { NumberInput.hoursText($0, language: language) } ?? ""),
        ]
        registration = profile?.registration
    }

    /// The choices of the registration, in the order ←→ goes through them: none first.
    public static let registrations: [Registration?] = [nil] + Registration.allCases.map { $0 }

    /// The fields in the order they are shown: the hours only for the LVSC route.
    public var visibleFields: [Field] { Field.allCases.filter { $0 != .hours || registration == .lvsc } }

    public func text(_ field: Field) -> String { fields[field]?.text ?? "" }

    /// Under a field: why its text will not do, as typed or as refused by the last Ctrl-S.
    func refusal(_ field: Field) -> FieldRefusal? {
        let typed: LocalizedText?
        switch field {
        case .phone: typed = FieldCheck.phone(text(.phone))
        case .hours: typed = FieldCheck.totalHours(text(.hours))
        case .name, .number: typed = FieldCheck.text(text(field), .name)
        case .registration: typed = nil
        }
        return FieldRefusal.pick(saved: errors[field], typed: typed)
    }

    /// The profile as typed, reading what reads (for the live verdict; saving checks everything).
    public var draft: Supervisor {
        let hours = registration == .lvsc ? try? NumberInput.totalHours(text(.hours)).get() : nil
        return Supervisor(name: text(.name), phone: text(.phone), registration: registration,
                          registrationNumber: text(.number), lvscHours: hours)
    }

    var keyScope: KeyScope { focus == .registration ? .formChoice : .form }

    func title(_ state: AppState) -> String { ProfileTexts.name.text(state.language) }

    func draw(_ canvas: inout Canvas, _ state: AppState) {
        ProfileFormView.draw(&canvas, form: self, state: state)
    }
}
