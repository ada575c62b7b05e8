import IntervisionCore

extension App {
    static func settings(_ action: Action?, _ screen: inout SettingsScreen, _ state: inout AppState) -> Outcome {
        if let move = move(for: action) {
            screen.cursor.apply(move, count: SettingsRow.allCases.count, height: Layout.settingsListHeight(state.size))
            return Outcome()
        }
        switch action {
        case .nextValue, .previousValue:
            let step = action == .nextValue ? 1 : -1
            guard let row = SettingsRow(rawValue: screen.cursor.selected) else { return Outcome() }
            // MARK: - Supervisor profile: a form, not a value; Enter or → opens it.
            if row == .profile { return action == .nextValue ? openProfileForm(state) : Outcome() }
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
            return common(action, &state) ?? Outcome()
        }
    }
}
