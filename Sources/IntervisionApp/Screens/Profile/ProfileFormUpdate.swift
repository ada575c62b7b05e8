import IntervisionCore

/// The supervisor's profile, from Settings or from a SUPERVISOR_REGISTRATION finding. Input is read
/// with Core's checks (`Supervisor.checked`, `PhoneNumber`, `NumberInput.totalHours`); Ctrl-S asks the
/// store to save it, and only once it is saved are all groups judged with it (`supervisorSaved`), so
/// a profile the store refuses (a read-only file) changes nothing and the form keeps what was typed
/// (the refusal dialog says why).
extension ProfileForm {
    /// From Settings, or Enter on a SUPERVISOR_REGISTRATION finding.
    static func open(_ state: AppState) -> Outcome {
        var form = ProfileForm(state.catalog.supervisor, language: state.language)
        form.arrive(at: form.focus)
        return Outcome([], .push(form))
    }

    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        if let outcome = formAction(action, &state) { return outcome }
        switch action {
        case .nextValue, .previousValue:
            // Only the registration is a choice (its scope binds these keys).
            let choices = ProfileForm.registrations
            let current = choices.firstIndex(of: registration) ?? 0
            registration = choices[(current + (action == .nextValue ? 1 : -1) + choices.count) % choices.count]
            errors[.hours] = nil
            isDirty = true
        default:
            guard var field = self.fields[focus] else { break }
            let before = field.text
            field.handle(key)
            self.fields[focus] = field
            guard field.text != before else { break }
            errors[focus] = nil
            isDirty = true
        }
        return Outcome()
    }

    var tabOrder: [Field] { visibleFields }

    mutating func save(_ state: inout AppState) -> Outcome { record(keeping: state.catalog.supervisor) }

    /// Every field checked; the refusals stand by their fields (focus on the first), else the save.
    private mutating func record(keeping saved: Supervisor?) -> Outcome {
        errors = [:]
        var hours: Double?
        if registration == .lvsc, !text(.hours).isBlank {
            switch NumberInput.totalHours(text(.hours)) {
            case .success(let value): hours = value
            case .failure(let error): errors[.hours] = error.message
            }
        }
        var profile: Supervisor?
        do throws(EditError) {
            profile = try Supervisor.checked(name: text(.name), phone: text(.phone), registration: registration,
                                             registrationNumber: text(.number), lvscHours: hours,
                                             registrationExpires: saved?.registrationExpires)
        } catch {
            switch error {
            case .emptyName, .textRefused(FieldLabel.name, _): errors[.name] = error.message
            case .textRefused(FieldLabel.registrationNumber, _): errors[.number] = error.message
            default: errors[.phone] = error.message
            }
        }
        if let first = visibleFields.first(where: { errors[$0] != nil }) {
            focus(onRefused: first)
            return Outcome()
        }
        return Outcome(profile.map { [.saveSupervisor($0)] } ?? [])
    }
}

extension ProfileForm {
    /// The store saved the profile: every group is judged with it at once, and the form closes.
    static func saved(_ profile: Supervisor, _ state: inout AppState) -> [Effect] {
        state.catalog.setSupervisor(profile)
        if state.top is ProfileForm { state.stack.removeLast() }
        let language = state.language
        state.message = StatusMessage(ProfileTexts.saved(groups: state.catalog.count).text(language))
        App.clampAll(&state)
        return []
    }
}
