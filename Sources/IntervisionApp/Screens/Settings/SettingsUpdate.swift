import IntervisionCore

/// The settings' keys: ←→ change the selected value, which applies at once and is saved; on the
/// profile row Enter or → opens the profile form.
extension SettingsScreen {
    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        if let move = App.move(for: action) {
            cursor.apply(move, count: SettingsRow.allCases.count, height: Layout.settingsListHeight(state.size))
            return Outcome()
        }
        switch action {
        case .nextValue, .previousValue:
            let step = action == .nextValue ? 1 : -1
            guard let row = SettingsRow(rawValue: cursor.selected) else { return Outcome() }
            // The profile is a form, not a value: Enter or → opens it.
            if row == .profile { return action == .nextValue ? ProfileForm.open(state) : Outcome() }
            var effects: [Effect] = []
            switch row {
            case .theme:
                let names = state.themeNames.isEmpty ? [state.settings.theme] : state.themeNames
                let current = names.firstIndex(of: state.settings.theme) ?? 0
                state.settings.theme = names[(current + step + names.count) % names.count]
                effects.append(.loadTheme(name: state.settings.theme))
            case .language:
                // Automatic (from LANG), Dutch, English. Choosing here replaces a --lang for this run.
                let choices: [Language?] = [nil, .nl, .en]
                let current = choices.firstIndex(of: state.settings.language) ?? 0
                state.settings.language = choices[(current + step + choices.count) % choices.count]
                state.languageOverride = nil
            case .role:
                let roles = Role.allCases
                let current = roles.firstIndex(of: state.settings.role) ?? 0
                state.settings.role = roles[(current + step + roles.count) % roles.count]
            case .profile:
                break
            }
            effects.append(.saveSettings(state.settings))
            return Outcome(effects)
        case .back:
            return Outcome([], .pop)
        case .settings:
            return Outcome()
        default:
            return App.common(action, &state) ?? Outcome()
        }
    }

    /// The theme chosen here (or at start) was read, or could not be: the default is used instead.
    static func themeLoaded(_ result: EffectResult, _ state: inout AppState) -> [Effect] {
        switch result {
        case .themeLoaded(_, let theme):
            state.theme = theme
        case .themeFailed(_, let message, let fallback):
            state.theme = fallback
            state.message = StatusMessage(SettingsTexts.themeFailed(message).text(state.language), isError: true)
        default:
            break
        }
        return []
    }
}
