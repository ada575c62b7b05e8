import IntervisionCore

/// The supervisor's profile, from Settings or from a SUPERVISOR_REGISTRATION finding. Input is read
/// with Core's checks (`Supervisor.checked`, `PhoneNumber`, `NumberInput.totalHours`); Ctrl-S asks the
/// store to save it, and only once it is saved are all groups judged with it (`supervisorSaved`), so
/// a profile the store refuses (a read-only file) changes nothing and the form keeps what was typed.
extension App {
    static func openProfileForm(_ state: AppState) -> Outcome {
        Outcome([], .push(.profileForm(ProfileForm(state.catalog.supervisor, language: state.language))))
    }

    static func profileForm(_ key: Key, _ action: Action?, _ form: inout ProfileForm, _ state: inout AppState) -> Outcome {
        let fields = form.visibleFields
        form.storeRefusal = nil  // like the status bar's message: until the next key
        switch action {
        case .save:
            return saveProfile(&form, keeping: state.catalog.supervisor)
        case .cancelForm:
            return cancelForm(isDirty: form.isDirty)
        case .nextField:
            form.focus = fields.cycling(from: form.focus, by: 1)
        case .previousField:
            form.focus = fields.cycling(from: form.focus, by: -1)
        case .nextValue, .previousValue:
            // Only the registration is a choice (its scope binds these keys).
            let choices = ProfileForm.registrations
            let current = choices.firstIndex(of: form.registration) ?? 0
            form.registration = choices[(current + (action == .nextValue ? 1 : -1) + choices.count) % choices.count]
            form.errors[.hours] = nil
            form.isDirty = true
        default:
            guard var field = form.fields[form.focus] else { break }
            let before = field.text
            guard field.handle(key), field.text != before else { break }
            form.fields[form.focus] = field
            form.errors[form.focus] = nil
            form.isDirty = true
        }
        return Outcome()
    }

    /// Every field checked; the refusals stand by their fields (focus on the first), else the save.
    private static func saveProfile(_ form: inout ProfileForm, keeping saved: Supervisor?) -> Outcome {
        form.errors = [:]
        var hours: Double?
        if form.registration == .lvsc, !form.text(.hours).isBlank {
            switch NumberInput.totalHours(form.text(.hours)) {
            case .success(let value): hours = value
            case .failure(let error): form.errors[.hours] = error.message
            }
        }
        var profile: Supervisor?
        do throws(EditError) {
            profile = try Supervisor.checked(name: form.text(.name), phone: form.text(.phone), registration: form.registration,
                                             registrationNumber: form.text(.number), lvscHours: hours,
                                             registrationExpires: saved?.registrationExpires)
        } catch {
            form.errors[error == .emptyName ? .name : .phone] = error.message
        }
        if let first = form.visibleFields.first(where: { form.errors[$0] != nil }) {
            form.focus = first
            return Outcome()
        }
        return Outcome(profile.map { [.saveSupervisor($0)] } ?? [])
    }

    /// The store saved the profile: every group is judged with it at once, and the form closes.
    static func profileSaved(_ profile: Supervisor, _ state: inout AppState) {
        state.catalog.setSupervisor(profile)
        if case .profileForm = state.top { state.stack.removeLast() }
        let language = state.language
        state.message = StatusMessage(Texts.format(.messageProfileSaved, language, Format.groupCount(state.catalog.count, language)))
        clampAll(&state)
    }

    /// The store refused (a read-only or changed file): the form stays with what was typed and
    /// shows the store's message in full (the status bar has one line for it).
    static func profileSaveFailed(_ message: LocalizedText, _ state: inout AppState) {
        guard case .profileForm(var form) = state.top else { return }
        form.storeRefusal = message
        state.stack[state.stack.count - 1] = .profileForm(form)
    }
}
